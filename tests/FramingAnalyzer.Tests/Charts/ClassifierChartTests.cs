using FramingAnalyzer.Charts;

namespace FramingAnalyzer.Tests.Charts;

public class ClassifierChartTests
{
    private readonly string _folder = ChartPreviews.Folder();

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Class_metrics_render(int classes)
    {
        var names = Enumerable.Range(0, classes).Select(i => i == 1 ? "conflict / crisis framing (long class name)" : $"frame {i}").ToList();
        var f1 = names.Select((_, i) => i == 2 ? double.NaN : 0.3 + 0.65 * SyntheticOutlets.Fraction(i)).ToList();
        var support = names.Select((_, i) => (long)(5 + i * 11)).ToList();
        ChartPreviews.SaveAndCheck(new ClassMetricsChart(names, f1, support), _folder, $"class_f1_{classes}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void Confusion_matrix_renders(int classes)
    {
        var names = Enumerable.Range(0, classes).Select(i => i == 0 ? "economic consequences" : $"frame {i}").ToList();
        var counts = new long[classes, classes];
        for (int r = 0; r < classes; r++)
        {
            for (int c = 0; c < classes; c++) counts[r, c] = r == c ? 40 + r * 3 : (long)(6 * SyntheticOutlets.Fraction(r * 31 + c));
        }
        ChartPreviews.SaveAndCheck(new ConfusionMatrixChart(names, counts), _folder, $"confusion_{classes}");
    }

    [Fact]
    public void Empty_inputs_render_no_data_and_bad_shapes_are_rejected()
    {
        var f1 = ChartPreviews.SaveAndCheck(new ClassMetricsChart([], []), _folder, "class_f1_empty");
        var confusion = ChartPreviews.SaveAndCheck(new ConfusionMatrixChart([], new long[0, 0]), _folder, "confusion_empty");
        Assert.Contains("No data", File.ReadAllText(f1.SvgPath), StringComparison.Ordinal);
        Assert.Contains("No data", File.ReadAllText(confusion.SvgPath), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ConfusionMatrixChart(["a", "b"], new long[2, 3]));
        Assert.Throws<ArgumentException>(() => new ClassMetricsChart(["a", "b"], [0.5]));
    }

    [Fact]
    public void Confusion_matrix_from_mlnet_style_rows()
    {
        IReadOnlyList<IReadOnlyList<double>> rows = [[8, 2], [1, 9]];
        var chart = ConfusionMatrixChart.FromRows(["yes", "no"], rows);
        string svg = File.ReadAllText(ChartSaver.Save(chart, Path.Combine(_folder, "confusion_rows")).SvgPath);
        Assert.Contains("85%", svg, StringComparison.Ordinal);
    }
}
