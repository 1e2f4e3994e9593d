namespace FramingAnalyzer.Statistics;

/// <summary>One row of a mix table (source_types.csv, verb_stances.csv, ...): an outlet's pooled count and share of a category.</summary>
public sealed record MixShare(string Mix, string Outlet, string Category, double Count, double Total, double Share, Interval ShareCi, long Articles);
