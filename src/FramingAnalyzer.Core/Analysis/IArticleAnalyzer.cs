namespace FramingAnalyzer.Analysis;

/// <summary>
/// A pipeline stage over one article. It declares the per-article metrics and per-sentence columns it produces,
/// so the tables' columns are known before the first article, and fills them in <see cref="Analyze"/>.
/// Analyzers know nothing of readers, CSV or charts. Implementations must be thread-safe: one instance analyses
/// many articles in parallel.
/// </summary>
public interface IArticleAnalyzer
{
    string Name { get; }
    IReadOnlyList<MetricDefinition> Metrics { get; }
    IReadOnlyList<string> SentenceColumns { get; }
    void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells);
}
