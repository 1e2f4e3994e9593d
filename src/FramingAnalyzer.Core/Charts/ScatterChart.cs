using FramingAnalyzer.Statistics;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Articles as points on two metrics, coloured by outlet (colours repeat with a different marker shape past twelve
/// outlets), with the legend ("Outlet (n=12)", alphabetical) to the right of the plot.
/// </summary>
public sealed class ScatterChart : IChart
{
    private const float MarkerSize = 9;

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
            ? $"Colour and shape: outlet; n = articles shown with both values (a random sample of {sample:N0} per outlet)"
            : "Colour and shape: outlet; n = articles with both values";
        if (_outlets.Count == 0) return NoDataChart.Build(_style, Size, Title, subtitle);

        var plot = new Plot();
        float legendWidth = TextMeasure.MaxWidth(_outlets.Select(o => ChartText.OutletLabel(o.Outlet, o.Xs.Length, _style.MaxLabelLength)),
            _style.LegendFontSize, _style.FontName) + 60;
        _style.Apply(plot, Size, Title, subtitle, legendWidth);
        for (int i = 0; i < _outlets.Count; i++)
        {
            var (outlet, xs, ys) = _outlets[i];
            var markers = plot.Add.Markers(xs, ys, _style.Palette.MarkerOf(i), MarkerSize, _style.Palette.ColorOf(i));
            markers.MarkerFillColor = _style.Palette.ColorOf(i).WithAlpha(0.8);
            markers.MarkerLineColor = ChartColors.Ink.WithAlpha(0.45);
            markers.MarkerLineWidth = 0.75f;
            markers.LegendText = ChartText.OutletLabel(outlet, xs.Length, _style.MaxLabelLength);
        }

        AxisSetup.ValueTicks(plot.Axes.Bottom, _x.IsShare);
        AxisSetup.ValueTicks(plot.Axes.Left, _y.IsShare);
        plot.XLabel(_x.AxisTitle);
        plot.YLabel(_y.AxisTitle);
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
}
