namespace FramingAnalyzer.Analysis;

/// <summary>
/// How a per-article metric aggregates. <see cref="Value"/>: a number per article, averaged over articles.
/// <see cref="Ratio"/>: a ratio of counts (numerator/denominator) per article; aggregated both as the mean of the
/// per-article ratios and pooled (total numerator over total denominator).
/// </summary>
public enum MetricKind
{
    Value,
    Ratio,
}
