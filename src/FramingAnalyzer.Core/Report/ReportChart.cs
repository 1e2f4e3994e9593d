namespace FramingAnalyzer.Report;

/// <summary>A chart to embed in the report: its title, the PNG file to inline, and a sentence on how to read it.</summary>
public sealed record ReportChart(string Title, string PngPath, string Caption);
