namespace FramingAnalyzer.Aggregation;

/// <summary>
/// The small per-article row kept for statistics that need the values themselves (median, permutation tests,
/// effect sizes, the article scatter): a stable key and the values of the articles-table metrics as floats.
/// </summary>
public sealed record ArticlePoint(ulong Key, string Id, string Story, float[] Values);
