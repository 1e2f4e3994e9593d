using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// A chart made from analysis rows: its title, the size it reads best at (taller when there are many outlets)
/// and the ScottPlot <see cref="Plot"/> that draws it.
/// </summary>
public interface IChart
{
    /// <summary>The chart's title, as shown at the top of the image.</summary>
    string Title { get; }

    /// <summary>The size the chart is laid out for; pass it to <see cref="ChartSaver"/> or <c>Plot.SavePng</c>.</summary>
    ChartSize Size { get; }

    /// <summary>Builds a new plot (a "No data" chart when there is nothing to draw). Each call returns a fresh plot.</summary>
    Plot Build();
}
