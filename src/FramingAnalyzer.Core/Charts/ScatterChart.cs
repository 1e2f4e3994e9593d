using FramingAnalyzer.Statistics;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Articles as points on two metrics, each outlet with its own colour and its own marker shape (circle, square,
/// triangle, diamond...), with the legend ("Outlet (n=12)", alphabetical) to the right of the plot. Both axes start at
/// zero (or below, for negative values) with a margin, so articles at zero sit clear of the frame.
/// </summary>
public sealed class ScatterChart : IChart
{
    private const float MarkerSize = 11;

    private readonly MetricLabel _x;
    private readonly MetricLabel _y;
    private readonly List<(string Outlet, double[] Xs, double[] Ys)> _outlets;
    private readonly ChartStyle _style;
    private readonly int? _sampledPerOutlet;

    /// <param name="points">One point per article; points with a missing value are left out.</param>
    /// <param name="sampledPerOutlet">When outlets with more articles are drawn as a sample of this many (see <c>ArticleSample</c>): the subtitle says so.</param>
    public ScatterChart(IEnumerable<ScatterPoint> points, MetricLabel x, MetricLabel y, ChartStyle? style = null, int? sampledPerOutlet = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        _x = x;
        _y = y;
        _style = style ?? ChartStyle.Default;
        _sampledPerOutlet = sampledPerOutlet;
        _outlets = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y))
            .GroupBy(p => p.Outlet, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.Select(p => p.X).ToArray(), g.Select(p => p.Y).ToArray()))
            .ToList();
        Title = $"{y.Description} against {ChartText.LowerFirst(x.Description)}, one point per article";
        int legendHeight = 220 + (int)(_outlets.Count * (TextMeasure.LineHeight(_style.LegendFontSize) + 6));
        Size = new ChartSize(_style.Width, Math.Max(_style.Height, legendHeight));
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        string subtitle = _sampledPerOutlet is { } sample
            ? $"Each outlet has its own colour and marker shape; n = articles shown with both values (a random sample of {sample:N0} per outlet)"
            : "Each outlet has its own colour and marker shape; n = articles with both values";
        if (_outlets.Count == 0) return NoDataChart.Build(_style, Size, Title, subtitle);

        var plot = new Plot();
        float legendWidth = TextMeasure.MaxWidth(_outlets.Select(o => ChartText.OutletLabel(o.Outlet, o.Xs.Length, _style.MaxLabelLength)),
            _style.LegendFontSize, _style.FontName) + 60;
        _style.Apply(plot, Size, Title, subtitle, legendWidth);
        for (int i = 0; i < _outlets.Count; i++)
        {
            var (outlet, xs, ys) = _outlets[i];
            var shape = _style.Palette.MarkerOf(i);
            var color = _style.Palette.ColorOf(i);
            var markers = plot.Add.Markers(xs, ys, shape, MarkerSize, color);
            if (CategoryPalette.IsOpen(shape))
            {
                markers.MarkerLineColor = color;
                markers.MarkerLineWidth = 2.5f;
            }
            else
            {
                markers.MarkerFillColor = color.WithAlpha(0.85);
                markers.MarkerLineColor = ChartColors.Background;
                markers.MarkerLineWidth = 0.75f;
            }
            markers.LegendText = ChartText.OutletLabel(outlet, xs.Length, _style.MaxLabelLength);
        }

        AxisSetup.ValueTicks(plot.Axes.Bottom, _x.IsShare);
        AxisSetup.ValueTicks(plot.Axes.Left, _y.IsShare);
        plot.XLabel(_x.AxisTitle);
        plot.YLabel(_y.AxisTitle);
        var (xLow, xHigh) = FromZero(_outlets.SelectMany(o => o.Xs));
        var (yLow, yHigh) = FromZero(_outlets.SelectMany(o => o.Ys));
        plot.Axes.SetLimits(xLow, xHigh, yLow, yHigh);
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        var legend = plot.ShowLegend(Edge.Right);
        legend.Alignment = Alignment.UpperLeft;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontSize = _style.LegendFontSize;
        plot.Legend.FontName = _style.FontName;
        plot.Legend.SymbolWidth = 16;
        return plot;
    }

    /// <summary>An axis range from zero (or the lowest negative value) to the highest value, with a 4% margin at both ends.</summary>
    private static (double Low, double High) FromZero(IEnumerable<double> values)
    {
        double low = 0, high = 0;
        foreach (double value in values)
        {
            low = Math.Min(low, value);
            high = Math.Max(high, value);
        }
        if (high <= low) high = low + 1;
        double margin = (high - low) * 0.04;
        return (low - margin, high + margin);
    }
}
