using FramingAnalyzer.Statistics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace FramingAnalyzer.Charts;

/// <summary>
/// The headline metrics side by side: one panel per metric (each on its own scale, headed by the metric and its unit),
/// one row per outlet ("Outlet (n=12)", alphabetical, the same in every panel), a bar for the mean and a line for its
/// 95% bootstrap interval; a mean of exactly zero is written out ("0%") so it does not look like missing data. Drawn as
/// a single plot so it saves like every other chart; a run with many headline metrics splits them over several
/// overview charts of at most <see cref="MaxPanels"/> panels, so each stays readable at the width a report shows it.
/// </summary>
public sealed class OverviewChart : IChart
{
    private const double PanelGap = 0.4;

    /// <summary>The most panels one overview image holds at the default width (four stay readable at 1,200 pixels).</summary>
    public const int MaxPanels = 4;

    private const int MinRowsForStripes = 5;

    private readonly List<MetricLabel> _metrics;
    private readonly List<(string Outlet, long Articles)> _outlets;
    private readonly Dictionary<(string Outlet, string Metric), OutletMetricSummary> _rows;
    private readonly SummaryStatistic _statistic;
    private readonly ChartStyle _style;
    private readonly List<string> _headers;

    /// <param name="rows">outlets.csv rows (any metrics; only those in <paramref name="metrics"/> are drawn).</param>
    /// <param name="metrics">The headline metrics, in panel order; metrics without data are left out.</param>
    public OverviewChart(IEnumerable<OutletMetricSummary> rows, IReadOnlyList<MetricLabel> metrics,
        SummaryStatistic statistic = SummaryStatistic.Mean, ChartStyle? style = null, string title = "Headline measures by outlet")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metrics);
        _statistic = statistic;
        _style = style ?? ChartStyle.Default;
        var wanted = metrics.Select(m => m.Metric).ToHashSet(StringComparer.Ordinal);
        var list = rows.Where(r => wanted.Contains(r.Metric)).ToList();
        _rows = new Dictionary<(string, string), OutletMetricSummary>();
        foreach (var row in list) _rows[(row.Outlet, row.Metric)] = row;
        _metrics = metrics.Where(m => list.Any(r => r.Metric == m.Metric && double.IsFinite(ValueOf(r))))
            .DistinctBy(m => m.Metric).ToList();
        _outlets = list.GroupBy(r => r.Outlet, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Max(r => r.Articles)))
            .OrderBy(o => o.Key, OutletOrder.Comparer)
            .ToList();

        Title = title;
        float labelWidth = AxisSetup.LabelColumnWidth(_outlets.Select(OutletLabel), _style);
        int panels = Math.Max(_metrics.Count, 1);
        // The chart keeps the default width (the width a report shows at full size): panels share what the labels leave.
        int width = _style.Width;
        float panelPixels = (float)((width - labelWidth - 60) / (panels + (panels - 1) * PanelGap));
        _headers = _metrics.Select(m => ChartText.Wrap(Header(m), panelPixels * (1 + (float)PanelGap * 0.8f), _style.TickFontSize, _style.FontName, bold: true)).ToList();
        int headerLines = _headers.Select(h => h.Split('\n').Length).DefaultIfEmpty(1).Max();
        var rowsSize = _style.SizeForRows(_outlets.Count, 250 + (int)(headerLines * TextMeasure.LineHeight(_style.TickFontSize)));
        Size = new ChartSize(width, rowsSize.Height);
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        string subtitle = $"Bars: {MetricBarChart.StatisticPhrase(_statistic)}; lines: 95% bootstrap confidence interval; each panel has its own scale; n = articles; {OutletOrder.Phrase}";
        if (_metrics.Count == 0 || _outlets.Count == 0) return NoDataChart.Build(_style, Size, Title, subtitle);

        var plot = new Plot();
        _style.Apply(plot, Size, Title, subtitle);
        int rows = _outlets.Count;
        var bottomTicks = new NumericManual();
        var headerTicks = new NumericManual();

        for (int p = 0; p < _metrics.Count; p++)
        {
            var metric = _metrics[p];
            double origin = p * (1 + PanelGap);
            var (low, high) = PanelRange(metric);
            double Map(double value) => origin + (value - low) / (high - low);

            var background = plot.Add.Rectangle(origin, origin + 1, -0.5, rows - 0.5);
            background.FillColor = ChartColors.PanelBackground;
            background.LineWidth = 0;
            for (int i = 1; rows >= MinRowsForStripes && i < rows; i += 2)
            {
                double y = AxisSetup.RowPosition(i, rows);
                var stripe = plot.Add.Rectangle(origin, origin + 1, y - 0.5, y + 0.5);
                stripe.FillColor = ChartColors.Grid;
                stripe.LineWidth = 0;
            }

            var bars = new List<Bar>();
            var errorXs = new List<double>();
            var errorYs = new List<double>();
            var errorHigh = new List<double>();
            var errorLow = new List<double>();
            double barSize = BarThickness.ForRows(rows, Size, _style, 250);
            for (int i = 0; i < rows; i++)
            {
                if (!_rows.TryGetValue((_outlets[i].Outlet, metric.Metric), out var row)) continue;
                double value = ValueOf(row);
                if (!double.IsFinite(value)) continue;
                double y = AxisSetup.RowPosition(i, rows);
                if (value == 0)
                {
                    var zero = _style.AddText(plot, ValueFormat.Tick(0, metric.IsShare), Map(0), y, _style.CellFontSize, ChartColors.MutedInk, Alignment.MiddleLeft);
                    zero.LabelOffsetX = 4;
                }
                bars.Add(new Bar { Position = y, ValueBase = Map(0), Value = Map(value), Size = barSize, FillColor = ChartColors.Bar, LineWidth = 0 });
                var ci = IntervalOf(row);
                if (double.IsFinite(ci.Low) && double.IsFinite(ci.High))
                {
                    errorXs.Add(Map(value));
                    errorYs.Add(y);
                    errorHigh.Add(Map(Math.Max(ci.High, value)) - Map(value));
                    errorLow.Add(Map(value) - Map(Math.Min(ci.Low, value)));
                }
            }
            if (bars.Count > 0) plot.Add.Bars(bars).Horizontal = true;
            if (errorXs.Count > 0)
            {
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(errorXs, errorYs, errorHigh, errorLow, null!, null!)
                {
                    LineWidth = 2,
                    LineColor = ChartColors.Ink,
                    CapSize = Math.Min(10, (float)(barSize * 20)),
                });
            }
            if (low < 0) plot.Add.Line(Map(0), -0.5, Map(0), rows - 0.5).LineColor = ChartColors.MutedInk;

            foreach (double tick in PanelTicks(low, high, metric.IsShare)) bottomTicks.AddMajor(Map(tick), ValueFormat.Tick(tick, metric.IsShare));
            headerTicks.AddMajor(origin + 0.5, _headers[p]);
        }

        AxisSetup.Rows(plot, plot.Axes.Left, _outlets.Select(OutletLabel).ToList());
        AxisSetup.NoFrame(plot);
        plot.Axes.Bottom.TickGenerator = bottomTicks;
        plot.Axes.Top.TickGenerator = headerTicks;
        plot.Axes.Top.TickLabelStyle.Bold = true;
        plot.HideGrid();
        double right = (_metrics.Count - 1) * (1 + PanelGap) + 1;
        double panelPixels = (Size.Width - AxisSetup.LabelColumnWidth(_outlets.Select(OutletLabel), _style) - 30) / (right + 0.1);
        var lastMetric = _metrics[^1];
        string lastTick = ValueFormat.Tick(PanelRange(lastMetric).High, lastMetric.IsShare);
        double rightPad = (TextMeasure.Width(lastTick, _style.TickFontSize, _style.FontName) / 2 + 8) / panelPixels;
        plot.Axes.SetLimitsX(-0.03, right + rightPad, plot.Axes.Bottom);
        plot.Axes.SetLimitsX(-0.03, right + rightPad, plot.Axes.Top);
        return plot;
    }

    private (double Low, double High) PanelRange(MetricLabel metric)
    {
        double low = 0, high = 0;
        foreach (var (outlet, _) in _outlets)
        {
            if (!_rows.TryGetValue((outlet, metric.Metric), out var row)) continue;
            double value = ValueOf(row);
            if (!double.IsFinite(value)) continue;
            var ci = IntervalOf(row);
            low = Math.Min(low, double.IsFinite(ci.Low) ? Math.Min(ci.Low, value) : value);
            high = Math.Max(high, double.IsFinite(ci.High) ? Math.Max(ci.High, value) : value);
        }
        if (metric.IsShare && high <= 1 && high > 0.5) high = 1;
        double niceHigh = high > 0 ? NiceNumber.Ceiling(high) : 0;
        double niceLow = low < 0 ? -NiceNumber.Ceiling(-low) : 0;
        if (niceHigh == niceLow) niceHigh = metric.IsShare ? 0.1 : 1;
        return (niceLow, niceHigh);
    }

    /// <summary>The ends and the middle (zero when the range spans it); a middle finer than the ends ("12.5%" between 0% and 25%) is left out.</summary>
    private static IEnumerable<double> PanelTicks(double low, double high, bool share)
    {
        yield return low;
        double middle = low < 0 && high > 0 ? 0 : (low + high) / 2;
        if (Decimals(ValueFormat.Tick(middle, share)) <= Math.Max(Decimals(ValueFormat.Tick(low, share)), Decimals(ValueFormat.Tick(high, share)))) yield return middle;
        yield return high;
    }

    private static int Decimals(string tick)
    {
        int point = tick.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : tick.Skip(point + 1).Count(char.IsAsciiDigit);
    }

    private string OutletLabel((string Outlet, long Articles) outlet) =>
        ChartText.OutletLabel(outlet.Outlet, outlet.Articles, _style.MaxLabelLength);

    private static string Header(MetricLabel metric) =>
        metric.Unit.Length == 0 ? metric.Description : $"{metric.Description}\n({metric.UnitPhrase})";

    private double ValueOf(OutletMetricSummary row) => _statistic == SummaryStatistic.Pooled ? row.Pooled : row.Mean;

    private Interval IntervalOf(OutletMetricSummary row) => _statistic == SummaryStatistic.Pooled ? row.PooledCi : row.MeanCi;
}
