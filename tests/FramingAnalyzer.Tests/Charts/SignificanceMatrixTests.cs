using FramingAnalyzer.Charts;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Charts;

public class SignificanceMatrixTests
{
    private static readonly MetricLabel QuotedShare = new("quoted_word_share", "Share of words inside quotation marks", "share of words");
    private readonly string _folder = ChartPreviews.Folder();

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Renders_pairwise_differences(int outlets)
    {
        var rows = SyntheticOutlets.Comparisons(outlets, "quoted_word_share");
        var chart = new SignificanceMatrix(rows, QuotedShare);
        var file = ChartPreviews.SaveAndCheck(chart, _folder, $"significance_{outlets}");
        Assert.Contains("Benjamini–Hochberg", File.ReadAllText(file.SvgPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_significant_cells_and_draws_each_pair_once()
    {
        var rows = new List<ComparisonRow>
        {
            new("m", "A", "B", 10, 12, 0.25, new Interval(0.1, 0.4), 0.001, 0.003, 0.5),
            new("m", "A", "C", 10, 14, 0.01, new Interval(-0.1, 0.1), 0.6, 0.9, 0.02),
        };
        var chart = new SignificanceMatrix(rows, new MetricLabel("m", "Metric", "points"));
        string svg = File.ReadAllText(ChartSaver.Save(chart, Path.Combine(_folder, "significance_marks")).SvgPath);
        // Lower triangle, alphabetical: rows B and C, columns A and B; B − A = −0.25, C − A = −0.01, C − B not compared.
        Assert.Contains("−0.25*", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("+0.25*", svg, StringComparison.Ordinal);
        Assert.Contains("−0.010", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("0.010*", svg, StringComparison.Ordinal);
        Assert.Contains("column higher", svg, StringComparison.Ordinal);
        Assert.Contains("row higher", svg, StringComparison.Ordinal);
    }

    private static List<ComparisonRow> LongNamedOutlets(int count)
    {
        // Names of 34-36 characters, so that in full they need a wide label column.
        var names = Enumerable.Range(0, count).Select(i => $"The {(char)('A' + i)} County Evening Register Online").ToList();
        var rows = new List<ComparisonRow>();
        for (int a = 0; a < count; a++)
        {
            for (int b = a + 1; b < count; b++) rows.Add(new("quoted_word_share", names[a], names[b], 120, 140, 0.12 * (a - b), new Interval(-0.2, 0.2), 0.01, 0.04, 0.3));
        }
        return rows;
    }

    [Fact]
    public void Long_outlet_names_are_cut_shorter_rather_than_the_matrix_made_wider_than_the_report()
    {
        var chart = new SignificanceMatrix(LongNamedOutlets(14), QuotedShare);
        Assert.True(chart.Size.Width <= ChartStyle.Default.Width, $"{chart.Size.Width} px wide, more than the report's {ChartStyle.Default.Width}");
        string svg = File.ReadAllText(ChartPreviews.SaveAndCheck(chart, _folder, "significance_long_names").SvgPath);
        Assert.DoesNotContain("County Evening Register Online", svg, StringComparison.Ordinal);
        Assert.Contains("The B County Eve", svg, StringComparison.Ordinal); // never cut below 16 characters
    }

    [Fact]
    public void Long_outlet_names_are_kept_whole_when_the_matrix_fits()
    {
        var chart = new SignificanceMatrix(LongNamedOutlets(3), QuotedShare);
        string svg = File.ReadAllText(ChartSaver.Save(chart, Path.Combine(_folder, "significance_long_names_fit")).SvgPath);
        Assert.Contains("The B County Evening Register Online", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_renders_no_data()
    {
        var file = ChartPreviews.SaveAndCheck(new SignificanceMatrix([], QuotedShare), _folder, "significance_empty");
        Assert.Contains("No data", File.ReadAllText(file.SvgPath), StringComparison.Ordinal);
    }
}
