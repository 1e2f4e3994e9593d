using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A description before a list of names describes each of them ("two voters, Tyresha Quarles and Bryan Torvald, saw ...");
/// a source later named by one surname of the list takes that description (issue 13, the fullest mention of the same
/// entity). People are invented.
/// </summary>
public class DescribedListTypingTests
{
    [Theory]
    [InlineData("Two voters, Tyresha Quarles and Bryan Torvald, saw the running mate speak at a rally. Torvald said the outreach was phony.", "Torvald", "citizen")]
    [InlineData("Two voters, Tyresha Quarles and Bryan Torvald, saw the running mate speak at a rally. Quarles said the outreach was phony.", "Quarles", "citizen")]
    [InlineData("Two senators, Ada Lind and Tom Avery, met the governor on Monday. Avery said the bill would pass.", "Avery", "political")]
    public void Each_listed_name_takes_the_description(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Several economists at the forum, including Lena Hartfield and Omar Quist, said the plan would raise prices. Quist said wages would lag.", "Quist", "expert")]
    [InlineData("Voters at the rally, including Tanisha Olumide and Bryan Mills, said they had not decided. Olumide said she wanted a plan.", "Olumide", "citizen")]
    [InlineData("Several lawmakers, among them Dana Morrow and Felix Arden, said the base should stay open. Arden said jobs were at stake.", "Arden", "political")]
    public void A_name_listed_inside_a_group_source_takes_the_group(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void A_pronoun_after_a_listed_name_resolves_to_that_person()
    {
        var document = Doc("Voters at the rally, including Tanisha Olumide and Bryan Mills, said they had not decided.",
            "Mills largely agreed with Olumide. \"I want to hear a plan,\" he said.");
        var (analysis, _) = Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), document);
        var he = Assert.Single(analysis.Attributions, a => document.Slice(a.Source) == "he");
        Assert.Equal("Bryan Mills", he.SourceCanonical);
        Assert.Equal("citizen", he.SourceType);
    }

    [Fact]
    public void A_listed_person_with_a_role_of_their_own_keeps_it()
    {
        const string text = "Several residents, including Mayor Ada Lind and Tom Avery, said the bridge was unsafe. Lind said repairs would start soon.";
        Assert.Equal("official", TypeOfSource(text, "Lind"));
    }

    [Fact]
    public void A_list_without_a_description_gives_no_type()
    {
        const string text = "Tyresha Quarles and Bryan Torvald saw the running mate speak at a rally. Torvald said the outreach was phony.";
        Assert.Equal("unknown", TypeOfSource(text, "Torvald"));
    }
}
