namespace FramingAnalyzer.Analysis;

/// <summary>
/// The per-article numbers of all analyzers, laid out by the pipeline's <see cref="ScoreSchema"/>.
/// A value is NaN when the metric is undefined for the article (e.g. a share of attributions when there are none).
/// </summary>
public sealed class ArticleScores
{
    public ArticleScores(int metricCount)
    {
        Values = new double[metricCount];
        Numerators = new double[metricCount];
        Denominators = new double[metricCount];
        Array.Fill(Values, double.NaN);
    }

    public double[] Values { get; }
    public double[] Numerators { get; }
    public double[] Denominators { get; }
}
