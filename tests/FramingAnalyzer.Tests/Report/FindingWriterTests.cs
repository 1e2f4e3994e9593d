using FramingAnalyzer.Analysis;
using FramingAnalyzer.Report;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Report;

public class FindingWriterTests
{
    private static readonly MetricDefinition Official = new("official", "Share of attributions to officials.", MetricKind.Ratio)
        { Unit = "share of attributions", Label = "Attributions to official sources", Headline = true };

    private static readonly MetricDefinition Loaded = new("loaded", "Loaded terms per 1,000 words.", MetricKind.Ratio)
        { Unit = "per 1,000 words", Label = "Loaded terms", Headline = true };

    private static readonly MetricDefinition Quiet = new("quiet", "Nothing differs.", MetricKind.Ratio) { Unit = "share of words", Label = "Quiet metric", Headline = true };

    private static readonly MetricDefinition Hidden = new("words", "Words.", MetricKind.Value) { Unit = "words" };

    private static ComparisonRow Row(string metric, string a, string b, double diff, double p, double delta) =>
        new(metric, a, b, 8, 8, diff, new Interval(diff - 0.05, diff + 0.05), p / 2, p, delta);

    private static List<OutletMetricSummary> Means(string metric, params (string Outlet, double Mean)[] means) =>
        means.Select(m => new OutletMetricSummary(m.Outlet, metric, 8, m.Mean, new Interval(m.Mean - 0.1, m.Mean + 0.1), m.Mean, m.Mean, Interval.None)).ToList();

    private static readonly List<ComparisonRow> Comparisons =
    [
        // Officials: K above every other outlet; A vs B not significant.
        Row("official", "A", "B", 0.02, 0.4, 0.1),
        Row("official", "A", "K", -0.65, 0.003, -1.0),
        Row("official", "B", "K", -0.55, 0.003, -0.9),
        // Loaded: one significant pair with a larger raw difference but a smaller Cliff's delta.
        Row("loaded", "A", "B", 27.55, 0.01, 0.6),
        Row("loaded", "A", "K", 1.0, 0.5, 0.1),
        Row("loaded", "B", "K", -2.0, 0.3, -0.2),
        Row("quiet", "A", "B", 0.01, 0.9, 0.0),
        Row("words", "A", "B", 300, 0.001, 1.0),
    ];

    private static List<OutletMetricSummary> Summaries() =>
    [
        .. Means("official", ("A", 0.16), ("B", 0.26), ("K", 0.81)),
        .. Means("loaded", ("A", 35.4), ("B", 7.83), ("K", 14)),
    ];

    [Fact]
    public void Groups_per_headline_metric_ordered_by_the_largest_cliffs_delta()
    {
        var findings = FindingWriter.Write(Comparisons, [Loaded, Official, Quiet, Hidden], Summaries());
        Assert.Equal(["official", "loaded"], findings.Groups.Select(g => g.Metric));
        Assert.Equal(["Quiet metric (% of words)"], findings.QuietMetrics);
        Assert.Equal(8, findings.Tested);
        Assert.Equal(4, findings.Significant);
        Assert.Equal([2, 1], findings.Groups.Select(g => g.Significant));
        // Within a metric the pairs run from the largest |delta| down.
        Assert.Equal([1.0, 0.9], findings.Groups[0].Shown.Select(f => f.AbsoluteEffect));
    }

    [Fact]
    public void One_sentence_says_when_an_outlet_is_above_every_other()
    {
        var group = FindingWriter.Write(Comparisons, [Official], Summaries()).Groups.Single();
        Assert.Equal("Attributions to official sources (% of attributions)", group.Heading);
        Assert.Equal("K 81%, higher than every other outlet (16% to 26%); 2 of 3 pairs differ significantly.", group.Summary);
    }

    [Fact]
    public void Pair_sentences_use_one_number_format_and_the_table_numbers()
    {
        var official = FindingWriter.Write(Comparisons, [Official], Summaries()).Groups.Single().Shown[0].Sentence;
        Assert.Equal("K 81% against A 16%: 65 percentage points higher (95% CI 60–70), Cliff's delta 1.00, adjusted p = 0.003, 8 and 8 articles.", official);
        var loaded = FindingWriter.Write(Comparisons, [Loaded], Summaries()).Groups.Single();
        Assert.Equal("A 35.4 against B 7.8: 27.6 higher (95% CI 27.5–27.6), Cliff's delta 0.60, adjusted p = 0.010, 8 and 8 articles.", loaded.Shown.Single().Sentence);
        Assert.Equal("1 of 3 pairs differs significantly.", loaded.Summary);
    }

    [Fact]
    public void Only_the_chosen_number_of_pairs_is_shown_and_the_rest_counted()
    {
        var group = FindingWriter.Write(Comparisons, [Official], Summaries(), perMetric: 1).Groups.Single();
        Assert.Single(group.Shown);
        Assert.Equal(2, group.Significant);
    }

    [Fact]
    public void Story_matched_pairs_are_listed_by_adjusted_p_per_metric()
    {
        var rows = new List<StoryMatchedRow>
        {
            new("official", "A", "K", 8, -0.6, new Interval(-0.7, -0.5), 0.004, 0.02),
            new("official", "B", "K", 6, -0.5, new Interval(-0.6, -0.4), 0.001, 0.008),
            new("official", "A", "B", 7, 0.01, new Interval(-0.1, 0.1), 0.8, 0.9),
        };
        var stories = StoryFindingWriter.Write(rows, [Official]);
        Assert.True(stories.HasStories);
        Assert.Equal((6, 8), (stories.FewestStories, stories.MostStories));
        var group = stories.Groups.Single();
        Assert.Equal("K against B on 6 shared stories: 50 percentage points higher on average (95% CI 40–60), adjusted p = 0.008.", group.Shown[0].Sentence);
        Assert.Equal(2, group.Significant);
        Assert.False(StoryFindingWriter.Write([new("official", "A", "B", 0, double.NaN, Interval.None, double.NaN, double.NaN)], [Official]).HasStories);
    }

    [Theory]
    [InlineData(0.805, true, "81%")]
    [InlineData(0.0049, true, "0%")]
    [InlineData(12.68, false, "12.7")]
    [InlineData(-0.04, false, "0.0")]
    [InlineData(1234.56, false, "1,234.6")]
    public void Report_numbers_have_one_format_per_unit(double value, bool share, string expected)
    {
        var metric = share ? Official : Loaded;
        Assert.Equal(expected, ReportNumbers.Value(value, metric));
    }

    [Theory]
    [InlineData("Words inside quotation marks Whiskers: 95% bootstrap interval", "Words inside quotation marks Whiskers: 95% bootstrap interval.")]
    [InlineData("Already a sentence.", "Already a sentence.")]
    [InlineData("  Trailing space  ", "Trailing space.")]
    public void Captions_end_in_a_full_stop(string caption, string expected) => Assert.Equal(expected, HtmlReport.Sentence(caption));
}
