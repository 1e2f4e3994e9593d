using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>A colour map over a value range; drives a ScottPlot colour bar for charts that colour their own cells.</summary>
internal sealed class ColorScale(IColormap colormap, double min, double max) : IHasColorAxis
{
    public IColormap Colormap { get; } = colormap;

    public double Min { get; } = min;

    public double Max { get; } = max > min ? max : min + 1;

    public ScottPlot.Range GetRange() => new(Min, Max);

    /// <summary>The colour of <paramref name="value"/>, clamped to the range; <paramref name="missing"/> for NaN.</summary>
    public Color ColorOf(double value, Color missing) =>
        double.IsFinite(value) ? Colormap.GetColor(Math.Clamp((value - Min) / (Max - Min), 0, 1)) : missing;
}
