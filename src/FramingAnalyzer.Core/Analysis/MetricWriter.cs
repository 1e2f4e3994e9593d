namespace FramingAnalyzer.Analysis;

/// <summary>An analyzer's window onto <see cref="ArticleScores"/>: it writes its own metrics by their local index.</summary>
public readonly struct MetricWriter(ArticleScores scores, int offset)
{
    public void Set(int metric, double value) => scores.Values[offset + metric] = value;

    /// <summary>Sets a ratio metric; its value is numerator/denominator, or NaN when the denominator is zero.</summary>
    public void SetRatio(int metric, double numerator, double denominator)
    {
        scores.Numerators[offset + metric] = numerator;
        scores.Denominators[offset + metric] = denominator;
        scores.Values[offset + metric] = denominator > 0 ? numerator / denominator : double.NaN;
    }
}
