using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A state-media style report of a phone call between leaders over a border escalation, written here with invented
/// people, reproducing the constructions a real article of that kind used and the tool once misread: a cabinet
/// spokesman typed as an armed group, a capital typed as a citizen, "They" resolved to the nearest body instead of the
/// two leaders named just before, two countries' defence ministries merged into one source, and a press-service
/// statement with a that-less clause not found. Run with the shipped lexicons, whose actor list knows the sample's
/// invented country (a "Defence Ministry", a "Felix Brandt").
/// </summary>
public class SummitArticleTests
{
    private static readonly string[] Article =
    [
        "Russian President Pavel Orlov and Turkish President Kemal Aydin spoke by phone on Friday about the fighting in the north, the Kremlin said.",
        "The German cabinet's spokesman, Stefan Brandt, said Chancellor Ilse Varga and French President Luc Morel had called Orlov on Thursday.",
        "They also expressed their readiness to meet the two leaders in person, Brandt said.",
        "The Kremlin press service also said in a statement Varga and Morel wanted a ceasefire before the summit.",
        "Orlov and Aydin agreed to keep in contact, the statement said.",
        "The Russian Defence Ministry said Turkish troops had shelled Syrian army positions overnight. The Turkish Defence Ministry said its soldiers had come under fire first. The ministry added that two soldiers were wounded.",
        "Damascus accused Ankara of backing armed groups in the province.",
        "Russian Foreign Minister Anton Lebed said the talks would go ahead.",
    ];

    private static IReadOnlyList<Attribution> Attributions() =>
        Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), Doc(Article)).Analysis.Attributions;

    [Theory]
    [InlineData("the Kremlin", "Kremlin", "official", "russia")]
    [InlineData("The German cabinet's spokesman, Stefan Brandt", "Stefan Brandt", "official", "germany")]
    [InlineData("Brandt", "Stefan Brandt", "official", "germany")]
    [InlineData("The Kremlin press service", "Kremlin press service", "official", "russia")]
    [InlineData("Orlov and Aydin", "Orlov and Aydin", "official", "unknown")]
    [InlineData("The Russian Defence Ministry", "Russian Defence Ministry", "official", "russia")]
    [InlineData("The Turkish Defence Ministry", "Turkish Defence Ministry", "official", "turkey")]
    [InlineData("The ministry", "Turkish Defence Ministry", "official", "turkey")]
    [InlineData("Damascus", "Damascus", "official", "syria")]
    [InlineData("Russian Foreign Minister Anton Lebed", "Russian Foreign Minister Anton Lebed", "official", "russia")]
    public void Every_source_is_typed_and_affiliated_as_a_reader_would(string source, string canonical, string type, string affiliation)
    {
        var document = Doc(Article);
        var attribution = Attributions().First(a => document.Slice(a.Source) == source);
        Assert.Equal((canonical, type, affiliation), (attribution.SourceCanonical, attribution.SourceType, attribution.Affiliation));
    }

    [Fact]
    public void They_are_the_two_leaders_named_before()
    {
        var document = Doc(Article);
        var they = Attributions().Single(a => document.Slice(a.Source) == "They");
        Assert.Equal("Chancellor Ilse Varga and French President Luc Morel", they.SourceCanonical);
        Assert.Equal("official", they.SourceType);
    }

    [Fact]
    public void The_press_service_statement_is_found_with_its_that_less_clause()
    {
        var document = Doc(Article);
        var statement = Attributions().Single(a => document.Slice(a.Source) == "The Kremlin press service");
        Assert.Equal("Varga and Morel wanted a ceasefire before the summit", document.Slice(statement.Content));
    }

    [Fact]
    public void The_two_defence_ministries_stay_two_sources()
    {
        var ministries = Attributions().Where(a => a.SourceCanonical.EndsWith("Defence Ministry", StringComparison.Ordinal)).Select(a => a.SourceCanonical).Distinct();
        Assert.Equal(["Russian Defence Ministry", "Turkish Defence Ministry"], ministries);
    }

    [Fact]
    public void The_affiliation_mix_counts_the_countries_the_text_names_and_sums_to_one()
    {
        var analyzer = new SourcingAnalyzer(ShippedLexicons, null, null);
        var (analysis, schema) = Analyze(analyzer, Doc(Article));
        var aggregator = new FramingAnalyzer.Aggregation.Aggregator(schema, resamples: 20);
        aggregator.Add(analysis);
        var mix = FramingAnalyzer.Statistics.OutletSummaries.Mixes(aggregator).Where(r => r.Mix == "affiliation").ToList();
        Assert.Equal(1.0, mix.Sum(r => r.Share), 6);
        Assert.Equal(4, mix.Single(r => r.Category == "russia").Count); // the Kremlin twice (the press service too), the ministry, Lebed
        Assert.DoesNotContain(mix, r => r.Category == "north_korea");
    }

    /// <summary>A coalition of states' armies named for the state that leads it is official, on that state's side; the
    /// initialism and its hyphen stay one word ("U.S.-led"), so the span keeps them.</summary>
    [Theory]
    [InlineData("The Saudi-led coalition said its jets had struck a rebel command post.", "The Saudi-led coalition", "saudi_arabia")]
    [InlineData("The U.S.-led coalition said its aircraft had hit fuel trucks near the river.", "The U.S.-led coalition", "united_states")]
    public void A_coalition_led_by_a_state_is_official_on_its_side(string sentence, string span, string side)
    {
        var document = Doc([sentence]);
        var coalition = Assert.Single(Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), document).Analysis.Attributions);

        Assert.Equal(span, document.Text[coalition.Source.Start..coalition.Source.End]);
        Assert.Equal(("official", side), (coalition.SourceType, coalition.Affiliation));
    }
}
