using FramingAnalyzer.Model;

namespace FramingAnalyzer.Analysis;

/// <summary>
/// The annotated article as it passes through the analyzers: the text model, the scores and per-sentence cells each
/// analyzer fills, and the relation records (attributions, term hits) that become rows of their own tables.
/// </summary>
public sealed class ArticleAnalysis
{
    public ArticleAnalysis(Document document, ScoreSchema schema)
    {
        Document = document;
        Article = document.Article;
        Scores = new ArticleScores(schema.Metrics.Count);
        SentenceCells = new SentenceCell[document.Sentences.Count][];
        for (int i = 0; i < SentenceCells.Length; i++) SentenceCells[i] = new SentenceCell[schema.SentenceColumns.Count];
    }

    public Document Document { get; }
    /// <summary>The article; its story may be set after analysis (<see cref="AssignStory"/>), which no analyzer reads.</summary>
    public Article Article { get; private set; }

    /// <summary>Sets the story automatic story matching found (tables and aggregation read it; analyzers never do).</summary>
    public void AssignStory(string story) => Article = Article with { Story = story, StoryMatched = true };
    public ArticleScores Scores { get; }
    /// <summary>Per sentence, one typed cell per analyzer sentence column (schema order); writers format them.</summary>
    public SentenceCell[][] SentenceCells { get; }
    public List<Attribution> Attributions { get; } = [];
    public List<TermHit> TermHits { get; } = [];
}
