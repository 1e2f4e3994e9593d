using FramingAnalyzer.Charts;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Charts;

public class ScatterChartTests
{
    private static readonly MetricLabel Words = new("words", "Words in the scored text", "words");
    private static readonly MetricLabel QuotedShare = new("quoted_word_share", "Share of words inside quotation marks", "share of words");
    private readonly string _folder = ChartPreviews.Folder();

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Renders_points_coloured_by_outlet(int outlets)
    {
        var points = SyntheticOutlets.Points(outlets, 25);
        points.Add(new ScatterPoint("The Daily Chronicle", double.NaN, 0.3));
        ChartPreviews.SaveAndCheck(new ScatterChart(points, Words, QuotedShare), _folder, $"scatter_{outlets}");
    }

    [Fact]
    public void Empty_input_renders_no_data()
    {
        var file = ChartPreviews.SaveAndCheck(new ScatterChart([], Words, QuotedShare), _folder, "scatter_empty");
        Assert.Contains("No data", File.ReadAllText(file.SvgPath), StringComparison.Ordinal);
    }
}
