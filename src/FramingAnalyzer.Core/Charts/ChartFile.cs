namespace FramingAnalyzer.Charts;

/// <summary>A chart saved to disk: its short name (file stem), its title, and the PNG and SVG files written.</summary>
public sealed record ChartFile(string Name, string Title, string PngPath, string SvgPath);
