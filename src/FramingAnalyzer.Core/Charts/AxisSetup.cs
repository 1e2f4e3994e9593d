using ScottPlot;
using ScottPlot.TickGenerators;

namespace FramingAnalyzer.Charts;

/// <summary>Axis arrangements the charts share: labelled rows (outlets) on a vertical axis, value ticks, labelled columns.</summary>
internal static class AxisSetup
{
    /// <summary>The y position of row <paramref name="index"/> (0 = top row) among <paramref name="count"/> rows.</summary>
    public static double RowPosition(int index, int count) => count - 1 - index;

    /// <summary>Puts one label per row on <paramref name="axis"/> (first label at the top) and fits the y range to the rows.</summary>
    public static void Rows(Plot plot, IYAxis axis, IReadOnlyList<string> labels)
    {
        var ticks = new NumericManual();
        for (int i = 0; i < labels.Count; i++) ticks.AddMajor(RowPosition(i, labels.Count), labels[i]);
        axis.TickGenerator = ticks;
        axis.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.6, Math.Max(labels.Count, 1) - 0.4, axis);
    }

    /// <summary>Puts one label per column at x = 0, 1, 2, ... on <paramref name="axis"/>, rotated 45° when they would not fit side by side.</summary>
    public static void Columns(IXAxis axis, IReadOnlyList<string> labels, bool rotate, ChartStyle style)
    {
        var ticks = new NumericManual();
        for (int i = 0; i < labels.Count; i++) ticks.AddMajor(i, labels[i]);
        axis.TickGenerator = ticks;
        axis.MajorTickStyle.Length = 0;
        if (!rotate) return;
        axis.TickLabelStyle.Rotation = axis.Edge == Edge.Top ? 45 : -45;
        axis.TickLabelStyle.Alignment = axis.Edge == Edge.Top ? Alignment.MiddleLeft : Alignment.MiddleRight;
        // ScottPlot sizes the axis for unrotated labels; fix the size to what the rotated labels need.
        axis.MinimumSize = RotatedLabelsHeight(labels, style) + (string.IsNullOrEmpty(axis.Label.Text) ? 0 : TextMeasure.LineHeight(style.AxisLabelFontSize) + 4);
        axis.MaximumSize = axis.MinimumSize;
    }

    /// <summary>The vertical room 45°-rotated labels take.</summary>
    public static float RotatedLabelsHeight(IReadOnlyList<string> labels, ChartStyle style) =>
        TextMeasure.MaxWidth(labels, style.TickFontSize, style.FontName) * 0.7072f + TextMeasure.LineHeight(style.TickFontSize) * 0.3f + 6;

    /// <summary>Automatic ticks labelled as percentages (shares) or compact numbers.</summary>
    public static void ValueTicks(IAxis axis, bool share, int? targetCount = null)
    {
        var ticks = new NumericAutomatic { LabelFormatter = value => ValueFormat.Tick(value, share) };
        if (targetCount is int count)
        {
            ticks.TargetTickCount = count;
            ticks.MinorTickGenerator = new EvenlySpacedMinorTickGenerator(1);
        }
        axis.TickGenerator = ticks;
    }

    /// <summary>Hides the frame lines and tick marks around the data area (for matrices and panels).</summary>
    public static void NoFrame(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
        }
    }

    /// <summary>The width the left axis needs for <paramref name="labels"/> at tick size, plus its padding.</summary>
    public static float LabelColumnWidth(IEnumerable<string> labels, ChartStyle style) =>
        TextMeasure.MaxWidth(labels, style.TickFontSize, style.FontName) + 22;
}
