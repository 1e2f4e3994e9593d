namespace FramingAnalyzer.Report;

/// <summary>
/// A chart to embed in the report: its title, the PNG file to inline, sentences on how to read it, the name its anchor
/// is made from (the file stem) and the report section it is listed under.
/// </summary>
public sealed record ReportChart(string Title, string PngPath, string Caption, string Name = "", string Section = "Charts");
