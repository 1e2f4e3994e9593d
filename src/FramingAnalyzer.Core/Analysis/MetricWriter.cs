namespace FramingAnalyzer.Analysis;

/// <summary>An analyzer's window onto <see cref="ArticleScores"/>: it writes its own metrics through the handles its <see cref="MetricList"/> gave.</summary>
public readonly struct MetricWriter(ArticleScores scores, int offset)
{
    public void Set(MetricHandle metric, double value) => scores.Values[offset + metric.Index] = value;

    /// <summary>Sets a ratio metric; its value is numerator/denominator, or NaN when the denominator is zero.</summary>
    public void SetRatio(MetricHandle metric, double numerator, double denominator)
    {
        scores.Numerators[offset + metric.Index] = numerator;
        scores.Denominators[offset + metric.Index] = denominator;
        scores.Values[offset + metric.Index] = denominator > 0 ? numerator / denominator : double.NaN;
    }
}
