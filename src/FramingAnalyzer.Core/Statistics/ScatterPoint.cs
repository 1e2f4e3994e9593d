namespace FramingAnalyzer.Statistics;

/// <summary>One article in a scatter chart: its outlet and two metric values.</summary>
public sealed record ScatterPoint(string Outlet, double X, double Y);
