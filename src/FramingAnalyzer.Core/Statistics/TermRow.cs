namespace FramingAnalyzer.Statistics;

/// <summary>One row of terms.csv: an outlet's use of one loaded term or term-family choice.</summary>
public sealed record TermRow(string Outlet, string Term, string Category, string Family, long Count, long OwnVoiceCount, long QuotedCount, long Articles, double Per1kWords);
