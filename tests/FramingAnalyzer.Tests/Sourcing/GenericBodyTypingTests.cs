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

    [Theory]
    [InlineData("The NAACP sued the state on Monday. The group's president said the law was unfair.", "ngo_intl")]
    [InlineData("Delmont Motors cut 2,000 jobs. The company's lawyer said the cuts were legal.", "business")]
    public void A_role_owned_by_a_generic_body_noun_acts_for_that_body(string text, string type)
    {
        var found = Attributions(text);
        Assert.Equal((type, "principal"), (found[^1].SourceType, found[^1].TypeEvidence));
    }
}
