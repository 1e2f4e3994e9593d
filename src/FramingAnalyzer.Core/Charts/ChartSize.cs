namespace FramingAnalyzer.Charts;

/// <summary>The pixel size a chart is drawn at (PNG pixels; SVG user units).</summary>
public readonly record struct ChartSize(int Width, int Height);
