using FramingAnalyzer.Charts;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Charts;

public class TermHeatmapTests
{
    private readonly string _folder = ChartPreviews.Folder();

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Renders_outlets_by_most_distinctive_terms(int outlets)
    {
        var rows = SyntheticOutlets.Terms(outlets, 30);
        var articles = OutletArticles.From(SyntheticOutlets.Summaries(outlets, "words"));
        var chart = new TermHeatmap(rows, articles);
        ChartPreviews.SaveAndCheck(chart, _folder, $"term_heatmap_{outlets}");
        // At most 25 terms, and no more than fit the chart width: the image is never wider than the default.
        var count = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(ChartSaver.Save(chart, Path.Combine(_folder, $"term_heatmap_{outlets}_again")).SvgPath), @"The (\d+) terms");
        Assert.True(count.Success);
        Assert.InRange(int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 10, 25);
        Assert.Equal(ChartStyle.Default.Width, chart.Size.Width);
    }

    [Fact]
    public void Picks_the_term_with_the_biggest_gap_first()
    {
        var rows = new List<TermRow>
        {
            new("A", "even", "loaded", "", 10, 10, 0, 5, 1.0),
            new("B", "even", "loaded", "", 10, 10, 0, 5, 1.0),
            new("A", "skewed", "loaded", "", 40, 40, 0, 5, 4.0),
            new("B", "skewed", "loaded", "", 1, 1, 0, 5, 0.1),
        };
        var chart = new TermHeatmap(rows, maxTerms: 1);
        string svg = ChartSaver.Save(chart, Path.Combine(_folder, "term_heatmap_top1")).SvgPath;
        string text = File.ReadAllText(svg);
        Assert.DoesNotContain("(n=", text, StringComparison.Ordinal);
        Assert.Contains("skewed", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">even<", text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_renders_no_data()
    {
        var file = ChartPreviews.SaveAndCheck(new TermHeatmap([]), _folder, "term_heatmap_empty");
        Assert.Contains("No data", File.ReadAllText(file.SvgPath), StringComparison.Ordinal);
    }
}
