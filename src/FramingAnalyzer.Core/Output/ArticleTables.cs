using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Output;

/// <summary>
/// Streams the per-article tables as results arrive: articles.csv, sentences.csv, attributions.csv and skipped.csv.
/// </summary>
public sealed class ArticleTables : IRunSink, IDisposable
{
    public static readonly string[] ArticleKeyColumns = ["article_id", "outlet", "story", "story_source", "date", "title", "path"];
    public static readonly string[] SentenceKeyColumns = ["article_id", "outlet", "sentence_index", "paragraph_index", "role", "text", "in_quote", "quoted_word_share"];
    public static readonly string[] AttributionColumns =
    [
        "article_id", "outlet", "sentence_index", "source_text", "source_canonical", "source_type", "anonymous", "affiliation", "type_evidence", "affiliation_evidence",
        "cue", "cue_lemma", "verb_stance", "quote_kind", "content", "start", "end", "source_start", "source_end", "cue_start", "cue_end",
    ];
    public static readonly string[] SkippedColumns = ["origin", "reason", "detail"];

    /// <summary>The per-article tables, in the order they are written.</summary>
    public static readonly string[] TableFiles = ["articles.csv", "sentences.csv", "attributions.csv", "skipped.csv"];

    private readonly int[] _articleMetrics;
    private readonly TableWriter _articles;
    private readonly TableWriter _sentences;
    private readonly TableWriter _attributions;
    private readonly TableWriter _skipped;

    /// <summary>Column added first to every table of a partial (sharded) run, so merge can restore the input order.</summary>
    public const string PositionColumn = "input_position";

    private readonly bool _withPosition;

    public ArticleTables(string directory, ScoreSchema schema, bool withPosition = false)
    {
        _withPosition = withPosition;
        string[] Head(IEnumerable<string> columns) => withPosition ? [PositionColumn, .. columns] : [.. columns];
        _articleMetrics = Enumerable.Range(0, schema.Metrics.Count).Where(i => schema.Metrics[i].InArticlesTable).ToArray();
        _articles = new TableWriter(Path.Combine(directory, "articles.csv"), Head([.. ArticleKeyColumns, .. _articleMetrics.Select(i => schema.Metrics[i].Name)]));
        _sentences = new TableWriter(Path.Combine(directory, "sentences.csv"), Head([.. SentenceKeyColumns, .. schema.SentenceColumns]));
        _attributions = new TableWriter(Path.Combine(directory, "attributions.csv"), Head(AttributionColumns));
        _skipped = new TableWriter(Path.Combine(directory, "skipped.csv"), Head(SkippedColumns));
    }


    private TableWriter Row(TableWriter table, long position) => _withPosition ? table.Integer(position) : table;

    public void OnArticle(ArticleAnalysis analysis, long position)
    {
        var article = analysis.Article;
        var document = analysis.Document;
        WriteArticleRow(position, article.Id, article.Outlet, article.Story, StorySource(article), article.Date, Headline(document), article.Origin, analysis.Scores.Values);

        foreach (var sentence in document.Sentences)
        {
            Row(_sentences, position).Text(article.Id).Text(article.Outlet).Integer(sentence.Index).Integer(sentence.ParagraphIndex)
                .Text(sentence.Role.ToName()).Text(document[sentence.Span]).Bool(sentence.InQuote).Number(sentence.QuotedWordShare);
            foreach (var cell in analysis.SentenceCells[sentence.Index]) _sentences.Cell(cell);
            _sentences.EndRow();
        }

        foreach (var a in analysis.Attributions)
        {
            Row(_attributions, position).Text(article.Id).Text(article.Outlet).Integer(a.SentenceIndex).Text(document[a.Source]).Text(a.SourceCanonical)
                .Text(a.SourceType).Bool(a.Anonymous).Text(a.Affiliation).Text(a.TypeEvidence).Text(a.AffiliationEvidence).Text(document[a.Cue]).Text(a.CueLemma).Text(a.VerbStance)
                .Text(a.QuoteKind).Text(document[a.Content]).Integer(a.Content.Start).Integer(a.Content.End)
                .Integer(a.Source.Start).Integer(a.Source.End).Integer(a.Cue.Start).Integer(a.Cue.End);
            _attributions.EndRow();
        }
    }

    /// <summary>One articles.csv row; also used by the streaming aggregate command, which has scores but no document.</summary>
    public void WriteArticleRow(long position, string id, string outlet, string? story, string storySource, string? date, string title, string path, double[] values)
    {
        Row(_articles, position).Text(id).Text(outlet).Text(story).Text(storySource).Text(date).Text(title).Text(path);
        foreach (int m in _articleMetrics) _articles.Number(values[m]);
        _articles.EndRow();
    }

    public void OnSkipped(InputProblem problem, long position)
    {
        Row(_skipped, position).Text(problem.Origin).Text(problem.Reason).Text(problem.Detail);
        _skipped.EndRow();
    }

    /// <summary>story_source: "auto" for a story found by matching, "given" for the input's own key, empty without a story.</summary>
    public static string StorySource(Article article) => string.IsNullOrEmpty(article.Story) ? "" : article.StoryMatched ? "auto" : "given";

    /// <summary>The article's title, or the headline the text model recognised.</summary>
    public static string Headline(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.Article.Title)) return document.Article.Title.Trim();
        var headline = document.Paragraphs.FirstOrDefault(p => p.Role == ParagraphRole.Headline);
        return headline is null ? "" : document.Slice(headline.Span);
    }

    public void Dispose()
    {
        _articles.Dispose();
        _sentences.Dispose();
        _attributions.Dispose();
        _skipped.Dispose();
    }
}
