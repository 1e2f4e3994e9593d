using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>The chart drawn when there is nothing to show: the title, and "No data" in the middle of an empty frame.</summary>
internal static class NoDataChart
{
    public static Plot Build(ChartStyle style, ChartSize size, string title, string? reason = null)
    {
        var plot = new Plot();
        style.Apply(plot, size, title, reason);
        foreach (var axis in plot.Axes.GetAxes()) axis.IsVisible = false;
        plot.HideGrid();
        style.AddText(plot, ChartText.NoData, 0, 0, style.TitleFontSize * 1.5f, ChartColors.MutedInk, Alignment.MiddleCenter);
        plot.Axes.SetLimits(-1, 1, -1, 1);
        return plot;
    }
}
