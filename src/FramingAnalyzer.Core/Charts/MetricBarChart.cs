using FramingAnalyzer.Statistics;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// One metric compared across outlets: a horizontal bar per outlet ("Outlet (n=12)"), outlets in the alphabetical order
/// every chart uses, with the asymmetric 95% bootstrap interval as an error bar and the value printed at the end of the
/// bar, just above the interval line (so it cannot be read as the upper limit).
/// </summary>
public sealed class MetricBarChart : IChart
{
    private readonly List<OutletMetricSummary> _rows;
    private readonly MetricLabel _metric;
    private readonly SummaryStatistic _statistic;
    private readonly ChartStyle _style;

    /// <param name="rows">outlets.csv rows; only those of <paramref name="metric"/> are used.</param>
    public MetricBarChart(IEnumerable<OutletMetricSummary> rows, MetricLabel metric, SummaryStatistic statistic = SummaryStatistic.Mean, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metric);
        _metric = metric;
        _statistic = statistic;
        _style = style ?? ChartStyle.Default;
        _rows = rows.Where(r => r.Metric == metric.Metric).OrderBy(r => r.Outlet, OutletOrder.Comparer).ToList();
        Title = $"{metric.Description}, {StatisticPhrase(statistic)}, by outlet";
        Size = _style.SizeForRows(_rows.Count);
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        string subtitle = $"Bars and values: {StatisticPhrase(_statistic)}; lines: 95% bootstrap confidence interval; n = articles; {OutletOrder.Phrase}";
        if (_rows.Count == 0) return NoDataChart.Build(_style, Size, Title, subtitle);

        var plot = new Plot();
        _style.Apply(plot, Size, Title, subtitle);

        var labels = _rows.Select(r => ChartText.OutletLabel(r.Outlet, r.Articles, _style.MaxLabelLength)).ToList();
        var format = ValueFormat.Uniform(_rows.Select(ValueOf), _metric.IsShare);
        var valueLabels = _rows.Select(r => format(ValueOf(r))).ToList();
        var bars = new List<Bar>();
        var errorXs = new List<double>();
        var errorYs = new List<double>();
        var errorHigh = new List<double>();
        var errorLow = new List<double>();
        double low = 0, high = 0;
        double barSize = BarThickness.ForRows(_rows.Count, Size, _style);
        float capSize = CapSize(barSize);
        var ends = new List<(double Value, float Width)>();

        for (int i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            double y = AxisSetup.RowPosition(i, _rows.Count);
            double value = ValueOf(row);
            var ci = IntervalOf(row);
            float textWidth = TextMeasure.Width(valueLabels[i], _style.CellFontSize, _style.FontName) + 8;
            if (double.IsNaN(value))
            {
                _style.AddText(plot, valueLabels[i], 0, y, _style.CellFontSize, ChartColors.MutedInk, Alignment.MiddleLeft).LabelOffsetX = 6;
                ends.Add((0, textWidth));
                continue;
            }

            bars.Add(new Bar { Position = y, Value = value, ValueBase = 0, Size = barSize, FillColor = ChartColors.Bar, LineWidth = 0 });
            double start = Math.Min(value, Finite(ci.Low, value));
            double end = Math.Max(value, Finite(ci.High, value));
            if (!double.IsNaN(ci.Low) && !double.IsNaN(ci.High))
            {
                errorXs.Add(value);
                errorYs.Add(y);
                errorHigh.Add(end - value);
                errorLow.Add(value - start);
            }

            // The value sits at the bar's end, raised above the interval line and its caps.
            bool outward = value >= 0;
            var text = _style.AddText(plot, valueLabels[i], value, y, _style.CellFontSize, ChartColors.Ink,
                outward ? Alignment.LowerLeft : Alignment.LowerRight);
            text.LabelOffsetX = outward ? 4 : -4;
            text.LabelOffsetY = -(capSize / 2 + 2);
            ends.Add((value, outward ? textWidth : -textWidth));
            low = Math.Min(low, start);
            high = Math.Max(high, end);
        }

        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
        }
        if (errorXs.Count > 0)
        {
            var errors = new ScottPlot.Plottables.ErrorBar(errorXs, errorYs, errorHigh, errorLow, null!, null!)
            {
                LineWidth = 2,
                LineColor = ChartColors.Ink,
                CapSize = capSize,
            };
            plot.Add.Plottable(errors);
        }

        AxisSetup.Rows(plot, plot.Axes.Left, labels);
        AxisSetup.ValueTicks(plot.Axes.Bottom, _metric.IsShare, targetCount: 8);
        plot.XLabel(_metric.AxisTitle);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;

        float dataPixels = Size.Width - AxisSetup.LabelColumnWidth(labels, _style) - 40;
        if (high == low) high = _metric.IsShare ? 0.1 : 1;
        var (left, right) = BarLabelRoom.Fit(low, high, ends, dataPixels);
        plot.Axes.SetLimitsX(low < 0 ? left : 0, right);
        if (low < 0) plot.Add.VerticalLine(0, 1, ChartColors.MutedInk);
        return plot;
    }

    /// <summary>Interval caps as tall as a third of the bar, at most 10 pixels.</summary>
    private float CapSize(double barSize)
    {
        double rowPixels = (Size.Height - 230) / (double)Math.Max(_rows.Count, 1);
        return (float)Math.Clamp(barSize * rowPixels / 3, 4, 10);
    }

    private double ValueOf(OutletMetricSummary row) => _statistic == SummaryStatistic.Pooled ? row.Pooled : row.Mean;

    private Interval IntervalOf(OutletMetricSummary row) => _statistic == SummaryStatistic.Pooled ? row.PooledCi : row.MeanCi;

    private static double Finite(double value, double fallback) => double.IsFinite(value) ? value : fallback;

    internal static string StatisticPhrase(SummaryStatistic statistic) =>
        statistic == SummaryStatistic.Pooled ? "pooled over all articles" : "mean per article";
}
