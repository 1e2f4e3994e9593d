namespace FramingAnalyzer.Report;

/// <summary>One outlet's blind spots as the report says them.</summary>
public sealed record BlindSpotLine(string Outlet, string Sentence);
