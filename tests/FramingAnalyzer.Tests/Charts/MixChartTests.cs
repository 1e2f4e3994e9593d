using FramingAnalyzer.Charts;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Charts;

public class MixChartTests
{
    private readonly string _folder = ChartPreviews.Folder();

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Renders_stacked_shares_with_some_zero_categories(int outlets)
    {
        var rows = SyntheticOutlets.Mix(outlets, "source_type", "official", "expert", "ordinary citizen", "activist", "business", "anonymous");
        ChartPreviews.SaveAndCheck(new MixChart(rows, "source_type", "attributions"), _folder, $"mix_source_type_{outlets}");
    }

    [Fact]
    public void Renders_more_categories_than_colours_with_hatches()
    {
        var categories = Enumerable.Range(1, 15).Select(i => $"choice {i}").ToArray();
        var rows = SyntheticOutlets.Mix(6, "family:immigration", categories);
        var file = ChartPreviews.SaveAndCheck(new MixChart(rows, itemNoun: "term uses"), _folder, "mix_fifteen_categories");
        Assert.StartsWith("Immigration (term family)", file.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Outlet_with_nothing_counted_and_empty_input_render()
    {
        var rows = SyntheticOutlets.Mix(3, "verb_stance", "neutral", "positive", "negative");
        rows.AddRange(new[] { "neutral", "positive", "negative" }.Select(c =>
            new MixShare("verb_stance", "Silent Times", c, 0, 0, double.NaN, Interval.None, 4)));
        ChartPreviews.SaveAndCheck(new MixChart(rows, "verb_stance", "attribution verbs"), _folder, "mix_with_empty_outlet");
        var empty = ChartPreviews.SaveAndCheck(new MixChart([], "verb_stance"), _folder, "mix_empty");
        Assert.Contains("No data", File.ReadAllText(empty.SvgPath), StringComparison.Ordinal);
    }
}
