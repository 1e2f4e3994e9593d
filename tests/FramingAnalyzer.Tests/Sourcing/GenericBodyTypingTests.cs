using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// "The automaker", "the group's president": a generic body noun stands for the body named before it, also one typed
/// only by its institution word ("Delmont Motors"), and a role owned by "the group's" acts for that body (issue 13).
/// Bodies and people are invented.
/// </summary>
public class GenericBodyTypingTests
{
    private static Attribution[] Attributions(params string[] paragraphs)
    {
        var document = Doc(paragraphs);
        return [.. Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), document).Analysis.Attributions];
    }

    [Fact]
    public void The_automaker_is_the_company_named_before_by_its_institution_word()
    {
        var found = Attributions("Delmont Motors said Tuesday it would cut 2,000 jobs. The automaker said in a statement that demand had fallen.");
        Assert.Equal(2, found.Length);
        Assert.Equal("Delmont Motors", found[1].SourceCanonical);
        Assert.Equal("business", found[1].SourceType);
    }

    [Fact]
    public void The_group_is_the_body_a_spokeswoman_was_introduced_for()
    {
        var found = Attributions(
            "Jane Doyle, a spokeswoman for the American Civil Liberties Union, said the law was unconstitutional.",
            "The group said it would sue on Friday.");
        Assert.Equal(2, found.Length);
        Assert.Equal(("American Civil Liberties Union", "ngo_intl"), (found[1].SourceCanonical, found[1].SourceType));
    }

    [Fact]
    public void The_board_is_the_body_whose_head_noun_stands_before_its_of_phrase()
    {
        var found = Attributions(
            "The chairman of the Elkton County Board of Elections, Harold Tuttle, defended the cuts on Monday.",
            "The board said it would contest the lawsuit.");
        Assert.Equal("Elkton County Board of Elections", found[^1].SourceCanonical);
    }

    [Fact]
    public void A_body_the_apposition_calls_a_group_is_what_the_group_stands_for()
    {
        var found = Attributions(
            "The Harbor Observatory for Civil Rights, a Britain-based monitoring group, said at least 41 people were killed.",
            "The group said most of the dead were civilians.");
        Assert.Equal(found[0].SourceCanonical, found[^1].SourceCanonical);
    }

    [Fact]
    public void A_person_of_a_body_stays_a_person_for_a_pronoun()
    {
        var found = Attributions(
            "Ole Brandt, of the Harbor Relief Network, said the convoy was late.",
            "\"Sick people are waiting for these supplies,\" he said.");
        Assert.Equal("Ole Brandt", found[^1].SourceCanonical);
    }

    [Theory]
    [InlineData("The victim's sister, Tamika Langley, said the family wanted answers.")]
    [InlineData("His grandmother said the boy had never been in trouble.")]
    [InlineData("A cousin of the victim said the family wanted answers.")]
    public void Relatives_are_members_of_the_public(string text) => Assert.Equal("citizen", Assert.Single(Attributions(text)).SourceType);

    [Fact]
    public void A_person_named_in_a_description_is_no_antecedent_for_a_pronoun()
    {
        var found = Attributions(
            "Jane Doyle, an aide to Senator Tom Avery, said the law was unconstitutional.",
            "She said the senator would vote against it.");
        Assert.Equal("Jane Doyle", found[^1].SourceCanonical);
    }

    [Theory]
    [InlineData("The NAACP sued the state on Monday. The group's president said the law was unfair.", "ngo_intl")]
    [InlineData("Delmont Motors cut 2,000 jobs. The company's lawyer said the cuts were legal.", "business")]
    public void A_role_owned_by_a_generic_body_noun_acts_for_that_body(string text, string type)
    {
        var found = Attributions(text);
        Assert.Equal((type, "principal"), (found[^1].SourceType, found[^1].TypeEvidence));
    }
}
