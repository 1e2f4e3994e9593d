using FramingAnalyzer.Model;
using FramingAnalyzer.Text;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>Attributions in headline style: name lists, no "that", title case, present tense.</summary>
public sealed class HeadlineRuleTests
{
    private static Document Headline(string headline) =>
        DocumentBuilder.Build(new Article { Id = "h", Outlet = "Test Outlet", Title = headline, Body = "The leaders spoke by phone on Friday.", Origin = "test" });

    [Theory]
    [InlineData("Merkel, Macron Tell Putin They Are Ready to Talk", "Merkel, Macron", "Tell", "tell", "They Are Ready to Talk")]
    [InlineData("Putin, Xi vow closer ties", "Putin, Xi", "vow", "vow", "closer ties")]
    [InlineData("Putin and Xi Vow Closer Ties", "Putin and Xi", "Vow", "vow", "Closer Ties")]
    [InlineData("Minister says budget will balance", "Minister", "says", "say", "budget will balance")]
    [InlineData("Macron tells Putin that Europe is ready", "Macron", "tells", "tell", "Europe is ready")]
    [InlineData("Merkel warns Putin talks must go on", "Merkel", "warns", "warn", "talks must go on")]
    [InlineData("U.S., EU Urge Calm as Talks Stall", "U.S., EU", "Urge", "urge", "Calm as Talks Stall")] // title case: "Calm" is not a listener
    public void A_headline_attribution_is_found(string headline, string source, string cue, string lemma, string content)
    {
        var found = Extract(Headline(headline)).Single(a => a.SentenceIndex == 0);

        AssertRelation(Headline(headline), found, source, cue, lemma, content, "indirect");
        Assert.Equal("headline", found.Rule);
    }

    [Theory]
    [InlineData("Shelling kills 23 in market town")]        // no cue
    [InlineData("Merkel, Macron Tell Putin")]               // only a listener after the cue
    public void A_headline_without_something_said_has_no_headline_attribution(string headline)
    {
        Assert.DoesNotContain(Extract(Headline(headline)), a => a.SentenceIndex == 0 && a.Rule == "headline");
    }

    [Fact]
    public void The_rule_reads_headlines_only()
    {
        var body = Doc("Merkel, Macron tell Putin they are ready to talk.");

        Assert.DoesNotContain(Extract(body), a => a.Rule == "headline");
    }
}
