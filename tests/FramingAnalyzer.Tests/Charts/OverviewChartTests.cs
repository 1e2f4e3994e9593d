using FramingAnalyzer.Charts;

namespace FramingAnalyzer.Tests.Charts;

public class OverviewChartTests
{
    private static readonly MetricLabel[] Headline =
    [
        new("quoted_word_share", "Share of words inside quotation marks", "share of words"),
        new("official_source_share", "Share of attributed sources that are officials", "share of attributions"),
        new("words", "Words per article", "words"),
        new("loaded_term_rate", "Loaded terms", "per 1,000 words"),
    ];

    private readonly string _folder = ChartPreviews.Folder();

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Renders_one_panel_per_headline_metric(int outlets)
    {
        var rows = SyntheticOutlets.Summaries(outlets, "quoted_word_share", "official_source_share", "words", "loaded_term_rate");
        ChartPreviews.SaveAndCheck(new OverviewChart(rows, Headline), _folder, $"overview_{outlets}");
    }

    [Fact]
    public void Metrics_without_rows_are_left_out_and_no_rows_give_no_data()
    {
        var rows = SyntheticOutlets.Summaries(3, "words");
        ChartPreviews.SaveAndCheck(new OverviewChart(rows, Headline), _folder, "overview_single_metric");
        var empty = ChartPreviews.SaveAndCheck(new OverviewChart([], Headline), _folder, "overview_empty");
        Assert.Contains("No data", File.ReadAllText(empty.SvgPath), StringComparison.Ordinal);
    }
}
