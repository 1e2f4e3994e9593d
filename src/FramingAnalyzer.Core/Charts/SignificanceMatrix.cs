using FramingAnalyzer.Statistics;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Pairwise outlet comparisons of one metric (comparisons.csv) as an outlets × outlets matrix: each cell is row outlet
/// minus column outlet, coloured blue (lower) to orange (higher), printed as a signed value with * when the adjusted
/// p-value is below alpha. Outlets are ordered from the highest to the lowest average difference.
/// </summary>
public sealed class SignificanceMatrix : IChart
{
    private readonly CellMatrix? _matrix;
    private readonly ChartStyle _style;
    private readonly string _subtitle;

    /// <param name="rows">comparisons.csv rows; only those of <paramref name="metric"/> are used. Each pair appears once (A − B); the mirror cell shows B − A.</param>
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

        Title = $"{metric.Description}: difference between outlets (row minus column)";
        string alphaText = alpha.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        _subtitle = $"Difference of means{(metric.IsShare ? " in percentage points" : "")}; * = p < {alphaText} after {adjustment} adjustment; n = articles";

        var articles = new Dictionary<string, long>(StringComparer.Ordinal);
        var cells = new Dictionary<(string Row, string Column), (double Diff, double P)>();
        foreach (var row in list)
        {
            articles[row.OutletA] = Math.Max(articles.GetValueOrDefault(row.OutletA), row.NA);
            articles[row.OutletB] = Math.Max(articles.GetValueOrDefault(row.OutletB), row.NB);
            cells[(row.OutletA, row.OutletB)] = (row.Diff, row.PAdjusted);
            cells.TryAdd((row.OutletB, row.OutletA), (-row.Diff, row.PAdjusted));
        }
        var outlets = articles.Keys
            .OrderByDescending(o => articles.Keys.Where(other => other != o && cells.ContainsKey((o, other)) && double.IsFinite(cells[(o, other)].Diff))
                .Select(other => cells[(o, other)].Diff).DefaultIfEmpty(0).Average())
            .ThenBy(o => o, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (outlets.Count == 0)
        {
            Size = new ChartSize(_style.Width, _style.Height);
            return;
        }

        int n = outlets.Count;
        var values = new double[n, n];
        var texts = new string[n, n];
        double maxAbs = 0;
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                if (r == c || !cells.TryGetValue((outlets[r], outlets[c]), out var cell) || !double.IsFinite(cell.Diff))
                {
                    values[r, c] = double.NaN;
                    texts[r, c] = r == c ? "" : "–";
                    continue;
                }
                values[r, c] = cell.Diff;
                texts[r, c] = ValueFormat.Signed(cell.Diff, metric.IsShare) + (cell.P < alpha ? "*" : "");
                maxAbs = Math.Max(maxAbs, Math.Abs(cell.Diff));
            }
        }
        if (maxAbs == 0) maxAbs = 1;
        _matrix = new CellMatrix
        {
            RowLabels = outlets.Select(o => ChartText.OutletLabel(o, articles[o], _style.MaxLabelLength)).ToList(),
            ColumnLabels = outlets.Select(o => ChartText.Shorten(o, 24)).ToList(),
            Values = values,
            Texts = texts,
            Scale = new ColorScale(ChartColors.Diverging, -maxAbs, maxAbs),
            ColorBarLabel = "row minus column" + (metric.IsShare ? " (percentage points)" : metric.Unit.Length > 0 ? $" ({metric.Unit})" : ""),
            ColorBarTicks = metric.IsShare ? ValueFormat.PointsTick : null,
        };
        Size = _matrix.SizeFor(_style, CellMatrix.HeaderHeight(_style, Title, _subtitle));
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build() => CellMatrix.Render(_matrix, _style, Size, Title, _subtitle);
}
