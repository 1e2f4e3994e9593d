using ScottPlot;
using ScottPlot.TickGenerators;

namespace FramingAnalyzer.Charts;

/// <summary>
/// A classifier's F1 score per class as horizontal bars (best at the top, 0–1 scale, value printed), with the
/// macro-average F1 as a dashed line; class labels carry the number of test examples when given.
/// </summary>
public sealed class ClassMetricsChart : IChart
{
    private readonly List<(string Name, double F1, long? Support)> _classes;
    private readonly ChartStyle _style;
    private readonly double _macroF1;

    /// <param name="classNames">The class names.</param>
    /// <param name="f1">F1 per class (0–1), same order; NaN for a class that could not be scored.</param>
    /// <param name="support">Optional number of test examples per class, same order.</param>
    public ClassMetricsChart(IReadOnlyList<string> classNames, IReadOnlyList<double> f1, IReadOnlyList<long>? support = null,
        string title = "Classifier F1 score per class", ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(f1);
        if (f1.Count != classNames.Count) throw new ArgumentException("There must be one F1 value per class.", nameof(f1));
        if (support is not null && support.Count != classNames.Count) throw new ArgumentException("There must be one support count per class.", nameof(support));
        _style = style ?? ChartStyle.Default;
        Title = title;
        _classes = classNames.Select((name, i) => (name, f1[i], support is null ? (long?)null : support[i]))
            .OrderBy(c => double.IsNaN(c.Item2) ? 1 : 0)
            .ThenByDescending(c => c.Item2)
            .ThenBy(c => c.name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var scored = _classes.Where(c => double.IsFinite(c.F1)).ToList();
        _macroF1 = scored.Count > 0 ? scored.Average(c => c.F1) : double.NaN;
        Size = _style.SizeForRows(_classes.Count);
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        string subtitle = double.IsFinite(_macroF1)
            ? $"F1 = harmonic mean of precision and recall; dashed line: macro-average F1 = {_macroF1.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}"
                + (_classes.Any(c => c.Support is not null) ? "; n = test examples" : "")
            : "F1 = harmonic mean of precision and recall";
        if (_classes.Count == 0) return NoDataChart.Build(_style, Size, Title, subtitle);

        var plot = new Plot();
        _style.Apply(plot, Size, Title, subtitle);
        var labels = _classes.Select(c => c.Support is long n ? ChartText.OutletLabel(c.Name, n, _style.MaxLabelLength) : ChartText.Shorten(c.Name, _style.MaxLabelLength)).ToList();
        double barSize = BarThickness.ForRows(_classes.Count, Size, _style);
        var bars = new List<Bar>();
        for (int i = 0; i < _classes.Count; i++)
        {
            double y = AxisSetup.RowPosition(i, _classes.Count);
            double f1 = _classes[i].F1;
            string text = double.IsFinite(f1) ? f1.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
            double value = double.IsFinite(f1) ? Math.Clamp(f1, 0, 1) : 0;
            if (double.IsFinite(f1)) bars.Add(new Bar { Position = y, ValueBase = 0, Value = value, Size = barSize, FillColor = ChartColors.Bar, LineWidth = 0 });
            _style.AddText(plot, text, value, y, _style.CellFontSize, double.IsFinite(f1) ? ChartColors.Ink : ChartColors.MutedInk, Alignment.MiddleLeft).LabelOffsetX = 6;
        }
        if (bars.Count > 0) plot.Add.Bars(bars).Horizontal = true;
        if (double.IsFinite(_macroF1)) plot.Add.VerticalLine(_macroF1, 2, ChartColors.Reference, LinePattern.Dashed);

        AxisSetup.Rows(plot, plot.Axes.Left, labels);
        plot.Axes.Bottom.TickGenerator = new NumericManual([0, 0.2, 0.4, 0.6, 0.8, 1.0], ["0", "0.2", "0.4", "0.6", "0.8", "1"]);
        plot.XLabel("F1 score (0 = worst, 1 = perfect)");
        float dataPixels = Size.Width - AxisSetup.LabelColumnWidth(labels, _style) - 40;
        var (_, right) = BarLabelRoom.Widen(0, 1, 0, TextMeasure.Width("0.00", _style.CellFontSize, _style.FontName) + 14, dataPixels);
        plot.Axes.SetLimitsX(0, right);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        return plot;
    }
}
