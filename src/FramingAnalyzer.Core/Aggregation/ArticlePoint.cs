namespace FramingAnalyzer.Aggregation;

/// <summary>
/// One article's values of the articles-table metrics (as floats, indexed like <see cref="Aggregator.PointMetrics"/>),
/// with a stable key (a hash of its id) that decides whether it is in its outlet's <see cref="ArticleSample"/>.
/// </summary>
public sealed record ArticlePoint(ulong Key, string Id, float[] Values);
