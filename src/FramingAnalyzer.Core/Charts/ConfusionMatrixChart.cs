using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// A classifier's confusion matrix: true classes as rows ("class (n=40)"), predicted classes as columns, the count in
/// every cell and the colour showing the cell's share of its true class (so rare classes read as clearly as common ones).
/// </summary>
public sealed class ConfusionMatrixChart : IChart
{
    private readonly CellMatrix? _matrix;
    private readonly ChartStyle _style;
    private readonly string _subtitle;

    /// <param name="classNames">The class names, in the order of the matrix rows and columns.</param>
    /// <param name="counts">[true class, predicted class] counts; must be square with one row per class.</param>
    public ConfusionMatrixChart(IReadOnlyList<string> classNames, long[,] counts, string title = "Confusion matrix: true class against predicted class", ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(counts);
        int n = classNames.Count;
        if (counts.GetLength(0) != n || counts.GetLength(1) != n)
            throw new ArgumentException($"The count matrix is {counts.GetLength(0)}×{counts.GetLength(1)} but there are {n} classes.", nameof(counts));
        _style = style ?? ChartStyle.Default;
        Title = title;

        long total = 0, correct = 0;
        var rowTotals = new long[n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++) rowTotals[r] += counts[r, c];
            total += rowTotals[r];
            correct += counts[r, r];
        }
        string accuracy = total > 0 ? ValueFormat.Value(correct / (double)total, share: true) : "n/a";
        _subtitle = $"Cells: number of examples; colour: share of the true class; accuracy {accuracy} of {ChartText.Count(total)}";
        if (n == 0 || total == 0)
        {
            Size = new ChartSize(_style.Width, _style.Height);
            return;
        }

        var values = new double[n, n];
        var texts = new string[n, n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                values[r, c] = rowTotals[r] > 0 ? counts[r, c] / (double)rowTotals[r] : double.NaN;
                texts[r, c] = ChartText.Count(counts[r, c]);
            }
        }
        _matrix = new CellMatrix
        {
            RowLabels = classNames.Select((name, r) => ChartText.OutletLabel(name, rowTotals[r], _style.MaxLabelLength)).ToList(),
            ColumnLabels = classNames.Select(name => ChartText.Shorten(name, 24)).ToList(),
            Values = values,
            Texts = texts,
            Scale = new ColorScale(ChartColors.Sequential, 0, 1),
            ColorBarLabel = "share of the true class (%)",
            ColorBarTicks = share => ValueFormat.Tick(share, share: true),
            XLabel = "predicted class",
            YLabel = "true class",
        };
        Size = _matrix.SizeFor(_style, CellMatrix.HeaderHeight(_style, Title, _subtitle));
    }

    /// <summary>From rows of counts such as ML.NET's <c>ConfusionMatrix.Counts</c> (values are rounded to whole numbers).</summary>
    public static ConfusionMatrixChart FromRows(IReadOnlyList<string> classNames, IReadOnlyList<IReadOnlyList<double>> counts,
        string title = "Confusion matrix: true class against predicted class", ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(counts);
        int n = classNames.Count;
        if (counts.Count != n || counts.Any(row => row.Count != n))
            throw new ArgumentException($"The count rows must form a {n}×{n} matrix.", nameof(counts));
        var matrix = new long[n, n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++) matrix[r, c] = (long)Math.Round(counts[r][c]);
        }
        return new ConfusionMatrixChart(classNames, matrix, title, style);
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build() => CellMatrix.Render(_matrix, _style, Size, Title, _subtitle);
}
