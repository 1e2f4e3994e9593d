using FramingAnalyzer.Model;

namespace FramingAnalyzer.Analysis;

/// <summary>
/// Receives the run's results in input order, one call at a time (writers of the per-article tables implement it).
/// <c>position</c> is the record's 0-based place in the whole input stream (the same in every shard).
/// </summary>
public interface IRunSink
{
    void OnArticle(ArticleAnalysis analysis, long position);
    void OnSkipped(InputProblem problem, long position);
}
