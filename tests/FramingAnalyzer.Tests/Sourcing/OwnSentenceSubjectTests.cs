using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Pronouns and possessed roles met in real news (round 26): "he", "she" or "they" in a later clause of a sentence is
/// its subject ("A group of nurses sued the hospital after they said"), not a body named between nor someone named in
/// an earlier sentence; "a ... and ... official" is one person, not a coordination; "his lawyer" speaks for whom "his"
/// refers to (GUIDE: a lawyer speaking for a client takes the client's type). The sentences and people are invented.
/// </summary>
public class OwnSentenceSubjectTests
{
    [Theory]
    [InlineData("A group of nurses sued Harbor General Hospital after they said they were forced to work without masks.", "nurses")]
    [InlineData("Dozens of dock workers blocked the Port Authority gates on Monday because they say the new rules are unsafe.", "dock workers")]
    [InlineData("Gun owners are watching closely how rules are written in the state capitol and which limits they want to fight.", "Gun owners")]
    public void They_in_a_later_clause_is_the_plural_subject_of_its_sentence(string text, string subject)
    {
        var they = Saying(Read(text), "they");
        Assert.Contains(subject, they.SourceCanonical);
        Assert.Equal("citizen", they.SourceType);
    }

    [Fact]
    public void They_takes_people_joined_by_and_after_a_group_noun()
    {
        var they = Saying(Read("A slew of other union leaders and senior organisers lined up to express their dismay over what they said was a betrayal."), "they");
        Assert.Contains("organisers", they.SourceCanonical);
    }

    [Fact]
    public void They_opening_a_sentence_takes_the_plural_subject_after_an_opening_phrase_of_the_sentence_before()
    {
        var they = Saying(Read("In their letter to the board, nurses describe the wards as unsafe. They accuse the managers of ignoring the rules."), "They");
        Assert.Contains("nurses", they.SourceCanonical);
    }

    [Theory]
    [InlineData("Maria Lorne spoke first.", "Ms. Varo drew cheers from the crowd on Sunday when, at the end of her song, she said the vote would be close.", "Varo")]
    [InlineData("John Marden was also there.", "My mother has softened with age, but even now at 86 she still says the old days were better.", "mother")]
    public void He_or_she_in_a_later_clause_is_the_subject_not_someone_named_before(string first, string second, string subject)
    {
        var pronoun = Saying(Read(first, second), "she");
        Assert.Contains(subject, pronoun.SourceCanonical);
    }

    [Fact]
    public void He_takes_a_titled_person_who_opens_the_sentence_over_a_body_named_after()
    {
        var he = Saying(Read("In making a call to arms to grassroots Republicans, former White House chief strategist John Marden railed Friday against the bankers whom he said are robbing workers."), "he");
        Assert.Contains("Marden", he.SourceCanonical);
    }

    [Fact]
    public void The_and_one_capitalised_word_is_no_person_for_he()
    {
        var he = Saying(Read("The Internet lashed out at Rep. John Marden (R-Kan.) on Sunday after he told people to go to restaurants."), "he");
        Assert.Contains("Marden", he.SourceCanonical);
    }

    [Fact]
    public void A_subject_whose_given_name_is_of_the_other_gender_does_not_take_the_pronoun()
    {
        var she = Saying(Read("John is embracing Lorne as his latest surrogate after she said the police should leave."), "she");
        Assert.DoesNotContain("John", she.SourceCanonical);
    }

    [Theory]
    [InlineData("Earlier this week he said the plan was dead.")]
    [InlineData("Yesterday she said the plan was dead.")]
    public void A_capitalised_word_that_only_opens_the_sentence_is_no_subject(string text)
    {
        var pronoun = Saying(Read(text), text.Contains(" he ", StringComparison.Ordinal) ? "he" : "she");
        Assert.DoesNotContain("Earlier", pronoun.SourceCanonical);
        Assert.DoesNotContain("Yesterday", pronoun.SourceCanonical);
    }

    [Fact]
    public void A_pronoun_in_a_quotation_does_not_take_the_subject()
    {
        var read = Read("Maria Lorne said on Monday that the nurses \"know what they want.\"");
        Assert.DoesNotContain(read.Attributions, a => read.Text[a.Source.Start..a.Source.End] == "they" && a.SourceCanonical.Contains("Lorne"));
    }

    [Fact]
    public void An_official_of_a_body_whose_name_has_and_is_one_person_for_he()
    {
        var he = Saying(Read("A Food and Drug Safety Administration official on Wednesday pointed to the spread of the virus as he warned of a pandemic."), "he");
        Assert.Contains("official", he.SourceCanonical);
        Assert.Equal("official", he.SourceType);
    }

    [Theory]
    [InlineData("John Marden, a retired teacher, was charged with fraud on Monday. His lawyer said the charges were false.", "His lawyer", "citizen")]
    [InlineData("Senator John Marden was charged with fraud on Monday. His lawyers said the charges were false.", "His lawyers", "political")]
    public void A_lawyer_owned_by_a_pronoun_takes_the_clients_type(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void A_lawyer_owned_by_a_pronoun_nobody_fits_speaks_for_a_private_client() =>
        Assert.Equal("citizen", TypeOfSource("The charges were dropped on Monday. His lawyer said the case was weak.", "His lawyer"));

    [Fact]
    public void A_family_lawyer_speaks_for_the_family() =>
        Assert.Equal("citizen", TypeOfSource("The officer fired four shots into the apartment, a family lawyer said.", "a family lawyer"));

    [Theory]
    [InlineData("Delmont Motors will cut 2,000 jobs at its two Ohio plants next year, spokesman Tom Hale said on Monday.", "spokesman Tom Hale", "business")]
    [InlineData("The Sierra Club will ask a federal court to halt the pipeline, a spokeswoman said.", "a spokeswoman", "ngo_intl")]
    public void A_spokesperson_after_what_the_sentences_subject_does_speaks_for_that_subject(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));
}
