using FramingAnalyzer.Trends;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// One headline metric over time: a line per outlet (its own colour and marker shape) through the period means, a pale
/// band for the 95% bootstrap interval, and periods with fewer than <see cref="MinimumArticles"/> articles drawn as a
/// hollow white marker (too few articles to read much into). Periods on the horizontal axis, oldest first.
/// </summary>
public sealed class TrendChart : IChart
{
    public const int MinimumArticles = 5;

    private readonly List<(string Outlet, List<TrendRow> Rows)> _outlets;
    private readonly List<string> _periods;
    private readonly MetricLabel _metric;
    private readonly ChartStyle _style;
    private readonly string _periodNoun;
    private readonly string _lineMeaning;
    private readonly string _countNoun;

    /// <param name="lineMeaning">What each point is ("mean per article"; "share of the family's labels" for a term family).</param>
    /// <param name="countNoun">What a row's count counts ("articles"; "labels").</param>
    public TrendChart(IEnumerable<TrendRow> rows, MetricLabel metric, string periodNoun = "period", ChartStyle? style = null,
        string lineMeaning = "mean per article", string countNoun = "articles", string? title = null)
    {
        _lineMeaning = lineMeaning;
        _countNoun = countNoun;
        _metric = metric;
        _style = style ?? ChartStyle.Default;
        _periodNoun = periodNoun;
        var selected = rows.Where(r => r.Metric == metric.Metric && double.IsFinite(r.Mean)).ToList();
        _periods = selected.Select(r => r.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _outlets = selected.GroupBy(r => r.Outlet, StringComparer.Ordinal).OrderBy(g => g.Key, OutletOrder.Comparer)
            .Select(g => (g.Key, g.OrderBy(r => r.Period, StringComparer.Ordinal).ToList())).ToList();
        Title = title ?? $"{metric.Description} by {periodNoun}";
        int legendHeight = 260 + (int)(_outlets.Count * (TextMeasure.LineHeight(_style.LegendFontSize) + 6));
        Size = new ChartSize(_style.Width, Math.Max(_style.Height, legendHeight));
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        string subtitle = $"Lines: {_lineMeaning} each {_periodNoun}; bands: 95% {(_countNoun == "articles" ? "bootstrap" : "Wilson")} interval; hollow markers: under {MinimumArticles} {_countNoun}";
        if (_outlets.Count == 0) return NoDataChart.Build(_style, Size, Title, _countNoun == "articles" ? "No dated article has this metric" : "No dated article uses this family");

        var plot = new Plot();
        float legendWidth = TextMeasure.MaxWidth(_outlets.Select(o => ChartText.Shorten(o.Outlet, _style.MaxLabelLength)), _style.LegendFontSize, _style.FontName) + 70;
        _style.Apply(plot, Size, Title, subtitle, legendWidth);
        var index = _periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => (double)x.i, StringComparer.Ordinal);
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (int o = 0; o < _outlets.Count; o++)
        {
            var (outlet, rows) = _outlets[o];
            var color = _style.Palette.ColorOf(o);
            var xs = rows.Select(r => index[r.Period]).ToArray();
            var ys = rows.Select(r => r.Mean).ToArray();
            var banded = rows.Where(r => double.IsFinite(r.CiLow) && double.IsFinite(r.CiHigh)).ToList();
            if (banded.Count >= 2)
            {
                var band = plot.Add.FillY(banded.Select(r => index[r.Period]).ToArray(), banded.Select(r => r.CiHigh).ToArray(), banded.Select(r => r.CiLow).ToArray());
                band.FillColor = color.WithAlpha(0.13);
                band.LineWidth = 0;
            }
            foreach (var r in banded)
            {
                low = Math.Min(low, r.CiLow);
                high = Math.Max(high, r.CiHigh);
            }
            foreach (var y in ys)
            {
                low = Math.Min(low, y);
                high = Math.Max(high, y);
            }
            var line = plot.Add.Scatter(xs, ys, color);
            line.LineWidth = 3;
            line.MarkerShape = _style.Palette.MarkerOf(o);
            line.MarkerSize = 11;
            line.LegendText = ChartText.Shorten(outlet, _style.MaxLabelLength);
            var few = rows.Where(r => r.Articles < MinimumArticles).ToList();
            if (few.Count > 0)
            {
                double[] fx = few.Select(r => index[r.Period]).ToArray(), fy = few.Select(r => r.Mean).ToArray();
                plot.Add.Markers(fx, fy, MarkerShape.FilledCircle, 15, ChartColors.Background);
                var ring = plot.Add.Markers(fx, fy, MarkerShape.OpenCircle, 15, color);
                ring.MarkerLineWidth = 3;
            }
        }

        var ticks = _periods.Select((p, i) => new Tick(i, p)).ToArray();
        int step = Math.Max(1, (int)Math.Ceiling(_periods.Count / 12.0));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.Where((_, i) => i % step == 0).ToArray());
        // Period names side by side when they fit the plot's width, else slanted, with room below them for the axis title.
        float labelWidth = TextMeasure.MaxWidth(_periods, _style.TickFontSize, _style.FontName) + 16;
        int shown = (_periods.Count + step - 1) / step;
        if (labelWidth * shown > Size.Width - legendWidth - 140)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = labelWidth * 0.6f + 50;
        }
        AxisSetup.ValueTicks(plot.Axes.Left, _metric.IsShare);
        plot.XLabel(char.ToUpperInvariant(_periodNoun[0]) + _periodNoun[1..] + (_periodNoun == "week" ? " (starting Monday)" : ""));
        plot.YLabel(_metric.AxisTitle);
        if (!(high > low)) high = low + (_metric.IsShare ? 0.1 : 1);
        double margin = (high - low) * 0.06;
        // Every trend metric is a share or a count: the axis starts at zero (a sliver below it keeps markers at zero whole).
        double bottom = low >= 0 ? -margin * 0.25 : low - margin;
        plot.Axes.SetLimits(-0.4, Math.Max(_periods.Count - 0.6, 0.6), bottom, high + margin);
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        var legend = plot.ShowLegend(Edge.Right);
        legend.Alignment = Alignment.UpperLeft;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontSize = _style.LegendFontSize;
        plot.Legend.FontName = _style.FontName;
        plot.Legend.SymbolWidth = 28;
        return plot;
    }
}
