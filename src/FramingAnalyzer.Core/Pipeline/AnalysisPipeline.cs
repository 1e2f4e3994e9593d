using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// The per-article pipeline: text model, then each analyzer in order over the same annotated article.
/// Thread-safe: analyse many articles in parallel with one instance.
/// </summary>
public sealed class AnalysisPipeline
{
    public AnalysisPipeline(IReadOnlyList<IArticleAnalyzer> analyzers)
    {
        Schema = new ScoreSchema(analyzers);
    }

    public ScoreSchema Schema { get; }

    public ArticleAnalysis Analyze(Article article)
    {
        var document = DocumentBuilder.Build(article);
        var analysis = new ArticleAnalysis(document, Schema);
        for (int i = 0; i < Schema.Analyzers.Count; i++)
        {
            var metrics = new MetricWriter(analysis.Scores, Schema.MetricOffsets[i]);
            var cells = new SentenceCellWriter(analysis.SentenceCells, Schema.ColumnOffsets[i]);
            Schema.Analyzers[i].Analyze(analysis, metrics, cells);
        }
        return analysis;
    }
}
