using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Sources of business, economy and court news that batteries written for this project by category (without looking at
/// any corpus) showed mistyped or misread: a past form that is also a noun before an article ("cut its forecast"), people
/// who own a business, analysts at firms, research firms, minutes and indexes, courtesy titles before an apposition,
/// defence lawyers and the private clients they speak for, and "the company" after a listed body of another type. The
/// sentences, firms and people are invented.
/// </summary>
public class BusinessAndCourtNewsTests
{
    [Fact]
    public void A_past_form_that_is_also_a_noun_ends_the_subject_before_an_article()
    {
        var document = Doc("The Harbour Fund cut its forecast for growth this year, saying trade tensions had weighed on investment.");
        Assert.Equal("The Harbour Fund", document.Slice(Single(document).Source));
    }

    [Theory]
    [InlineData("Maria Ostrow, who owns two restaurants in Tarsk, said she had cut staff hours.", "business")]
    [InlineData("Ina Berg, chief market strategist at Halden Capital, said stocks would climb.", "expert")]
    [InlineData("Ed Roe, president of Roe Research, said stocks would climb.", "expert")]
    [InlineData("Several officials saw a rate rise as likely, the central bank's minutes showed.", "document")]
    [InlineData("Sister Ann Kerr, a spokeswoman for the Health Ministry, said the clinic was full.", "official")]
    [InlineData("Defense attorneys for Kyle Morrow, 19, argued that he fired only after the other man reached for a gun.", "citizen")]
    [InlineData("Defense lawyer Paul Newman said the verdict would be appealed.", "expert")]
    public void The_type_follows_what_the_phrase_says_the_source_is(string text, string type)
    {
        Assert.Equal(type, OnlyTyped(text).SourceType);
    }

    [Fact]
    public void The_company_is_not_a_listed_body_of_another_type()
    {
        var company = Saying(Read("Halden refused on Tuesday to help the FBI unlock a phone.", "The company said that the request went too far."), "The company");
        Assert.NotEqual("FBI", company.SourceCanonical);
        Assert.Equal("business", company.SourceType);
    }
}
