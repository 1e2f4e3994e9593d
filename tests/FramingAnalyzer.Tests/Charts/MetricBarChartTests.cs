using FramingAnalyzer.Statistics;
using FramingAnalyzer.Charts;

namespace FramingAnalyzer.Tests.Charts;

public class MetricBarChartTests
{
    private static readonly MetricLabel QuotedShare = new("quoted_word_share", "Share of words inside quotation marks", "share of words");
    private static readonly MetricLabel Words = new("words", "Words in the scored text", "words");
    private readonly string _folder = ChartPreviews.Folder();

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Renders_share_metric_for_few_and_many_outlets(int outlets)
    {
        var rows = SyntheticOutlets.Summaries(outlets, "quoted_word_share", "words");
        var chart = new MetricBarChart(rows, QuotedShare);
        ChartPreviews.SaveAndCheck(chart, _folder, $"metric_bar_share_{outlets}");
        Assert.True(chart.Size.Height >= 700);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Renders_count_metric_pooled(int outlets)
    {
        var rows = SyntheticOutlets.Summaries(outlets, "words");
        ChartPreviews.SaveAndCheck(new MetricBarChart(rows, Words, SummaryStatistic.Pooled), _folder, $"metric_bar_words_{outlets}");
    }

    [Fact]
    public void Many_outlets_make_a_taller_image()
    {
        var few = new MetricBarChart(SyntheticOutlets.Summaries(2, "words"), Words);
        var many = new MetricBarChart(SyntheticOutlets.Summaries(30, "words"), Words);
        Assert.Equal(new ChartSize(1200, 700), few.Size);
        Assert.True(many.Size.Height > few.Size.Height);
    }

    [Fact]
    public void Negative_values_missing_values_and_odd_names_render()
    {
        var rows = new List<OutletMetricSummary>
        {
            new("Новая газета", "tone", 40, -0.42, new Interval(-0.6, -0.3), -0.4, double.NaN, Interval.None),
            new("A&B <Times>", "tone", 25, 0.35, new Interval(0.2, 0.5), 0.3, double.NaN, Interval.None),
            new("No Interval Daily", "tone", 1, 0.1, Interval.None, 0.1, double.NaN, Interval.None),
            new("Nothing Scored", "tone", 0, double.NaN, Interval.None, double.NaN, double.NaN, Interval.None),
        };
        var file = ChartPreviews.SaveAndCheck(new MetricBarChart(rows, new MetricLabel("tone", "Tone of attribution verbs", "score (−1 to +1)")), _folder, "metric_bar_negative");
        Assert.Contains("A&amp;B &lt;Times&gt;", File.ReadAllText(file.SvgPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_renders_a_no_data_chart()
    {
        var chart = new MetricBarChart([], QuotedShare);
        var file = ChartPreviews.SaveAndCheck(chart, _folder, "metric_bar_empty");
        Assert.Contains("No data", File.ReadAllText(file.SvgPath), StringComparison.Ordinal);
    }
}
