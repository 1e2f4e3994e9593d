using FramingAnalyzer.Statistics;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Pairwise outlet comparisons of one metric (comparisons.csv) as the lower triangle of an outlets × outlets matrix, so
/// each pair is drawn once: each cell is row outlet minus column outlet, coloured blue (row lower) to orange (row
/// higher), printed as a signed value with * when the adjusted p-value is below alpha. Outlets are in the alphabetical
/// order every chart uses, with names as long as in every other chart (36 characters) unless that would make it wider than the report (then
/// cut shorter, to 16 at least); the colour bar's ends say which way the colours go.
/// </summary>
public sealed class SignificanceMatrix : IChart
{
    private readonly CellMatrix? _matrix;
    private readonly ChartStyle _style;
    private readonly string _subtitle;

    /// <param name="rows">comparisons.csv rows; only those of <paramref name="metric"/> are used. Each pair appears once (A − B), in either order.</param>
    /// <param name="adjustment">The multiple-comparison adjustment behind p_adjusted, named in the subtitle (the analysis uses Benjamini–Hochberg).</param>
    /// <param name="alpha">Cells with p_adjusted below this get a *.</param>
    public SignificanceMatrix(IEnumerable<ComparisonRow> rows, MetricLabel metric, string adjustment = "Benjamini–Hochberg", double alpha = 0.05, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentException.ThrowIfNullOrWhiteSpace(adjustment);
        if (!(alpha > 0 && alpha < 1)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be between 0 and 1.");
        _style = style ?? ChartStyle.Default;
        var list = rows.Where(r => r.Metric == metric.Metric && r.OutletA != r.OutletB).ToList();

        Title = $"{metric.Description}: differences between outlets";
        string alphaText = alpha.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        string unit = metric.IsShare ? " in percentage points" : metric.Unit.Length > 0 ? $" ({metric.Unit})" : "";
        _subtitle = $"Each cell: row outlet minus column outlet, difference of means{unit}; * = p < {alphaText} after {adjustment} adjustment; n = articles; {OutletOrder.Phrase}";

        var articles = new Dictionary<string, long>(StringComparer.Ordinal);
        var cells = new Dictionary<(string Row, string Column), (double Diff, double P)>();
        foreach (var row in list)
        {
            articles[row.OutletA] = Math.Max(articles.GetValueOrDefault(row.OutletA), row.NA);
            articles[row.OutletB] = Math.Max(articles.GetValueOrDefault(row.OutletB), row.NB);
            cells[(row.OutletA, row.OutletB)] = (row.Diff, row.PAdjusted);
            cells.TryAdd((row.OutletB, row.OutletA), (-row.Diff, row.PAdjusted));
        }
        var outlets = OutletOrder.Sort(articles.Keys);
        if (outlets.Count < 2)
        {
            Size = new ChartSize(_style.Width, _style.Height);
            return;
        }

        // Rows are outlets 2..n, columns outlets 1..n-1; cell (r, c) compares outlet r+1 with outlet c and is shown when c <= r.
        int n = outlets.Count - 1;
        var values = new double[n, n];
        var texts = new string[n, n];
        var hidden = new bool[n, n];
        double maxAbs = 0;
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                string rowOutlet = outlets[r + 1], columnOutlet = outlets[c];
                if (c > r)
                {
                    hidden[r, c] = true;
                    values[r, c] = double.NaN;
                    continue;
                }
                if (!cells.TryGetValue((rowOutlet, columnOutlet), out var cell) || !double.IsFinite(cell.Diff))
                {
                    values[r, c] = double.NaN;
                    texts[r, c] = "–";
                    continue;
                }
                values[r, c] = cell.Diff;
                texts[r, c] = ValueFormat.Signed(cell.Diff, metric.IsShare) + (cell.P < alpha ? "*" : "");
                maxAbs = Math.Max(maxAbs, Math.Abs(cell.Diff));
            }
        }
        maxAbs = maxAbs == 0 ? 1 : TwoDigitCeiling(metric.IsShare ? maxAbs * 100 : maxAbs) / (metric.IsShare ? 100 : 1);
        // Names as long as in every other chart, unless the matrix would then be wider than the report shows a chart
        // (a wide font, many outlets): then the names are cut shorter, down to MinLabelLength, rather than the whole
        // chart scaled down until its numbers are too small to read.
        int labelLength = _style.MaxLabelLength;
        _matrix = Matrix(labelLength);
        while (labelLength > MinLabelLength && _matrix.SizeFor(_style, CellMatrix.HeaderHeight(_style, Title, _subtitle, _matrix.ColorBarRoom(_style))).Width > _style.Width)
        {
            labelLength = Math.Max(MinLabelLength, labelLength - 4);
            _matrix = Matrix(labelLength);
        }
        Size = _matrix.SizeFor(_style, CellMatrix.HeaderHeight(_style, Title, _subtitle, _matrix.ColorBarRoom(_style)));

        CellMatrix Matrix(int maxLength) => new()
        {
            RowLabels = outlets.Skip(1).Select(o => ChartText.OutletLabel(o, articles[o], maxLength)).ToList(),
            ColumnLabels = outlets.Take(n).Select(o => ChartText.Shorten(o, maxLength)).ToList(),
            Values = values,
            Texts = texts,
            Hidden = hidden,
            Scale = new ColorScale(ChartColors.Diverging, -maxAbs, maxAbs),
            ColorBarLabel = "row minus column" + (metric.IsShare ? " (percentage points)" : metric.Unit.Length > 0 ? $" ({metric.Unit})" : ""),
            ColorBarTicks = metric.IsShare ? ValueFormat.PointsTick : value => value == 0 ? "0" : ValueFormat.Signed(value, share: false),
            ColorBarEnds = ("column higher", "row higher"),
        };
    }

    /// <summary>The shortest outlet names the matrix cuts to when it would not fit the report's width otherwise.</summary>
    private const int MinLabelLength = 16;

    /// <summary>The value rounded up to two significant digits (65.18 → 66, 0.123 → 0.13), so the colour bar's ends read cleanly.</summary>
    private static double TwoDigitCeiling(double value)
    {
        double scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Math.Ceiling(value / scale - 1e-9) * scale;
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build() => CellMatrix.Render(_matrix, _style, Size, Title, _subtitle);
}
