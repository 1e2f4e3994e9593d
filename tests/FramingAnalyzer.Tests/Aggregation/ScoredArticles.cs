using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Aggregation;

/// <summary>An analyzer that only declares metrics: the tests write each article's scores themselves.</summary>
internal sealed class DeclaredMetrics(params MetricDefinition[] metrics) : IArticleAnalyzer
{
    public string Name => "declared";
    public IReadOnlyList<MetricDefinition> Metrics { get; } = metrics;
    public IReadOnlyList<string> SentenceColumns { get; } = [];

    public void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells) =>
        throw new NotSupportedException("Tests write scores through ScoredArticles.Make.");
}

/// <summary>Small fixtures: a schema of a value metric, a ratio metric and a two-category mix, and articles scored by hand.</summary>
internal static class ScoredArticles
{
    public static readonly MetricHandle Words = new(0), QuotedShare = new(1), Official = new(2), Expert = new(3);

    public static ScoreSchema Schema() => new([new DeclaredMetrics(
        new MetricDefinition("words", "Words.") { Unit = "words" },
        new MetricDefinition("quoted_share", "Quoted share of words.", MetricKind.Ratio) { Unit = "share of words" },
        new MetricDefinition("source_official", "Official sources.", MetricKind.Ratio) { Group = "source_type", Category = "official", InArticlesTable = false },
        new MetricDefinition("source_expert", "Expert sources.", MetricKind.Ratio) { Group = "source_type", Category = "expert", InArticlesTable = false })]);

    public static ScoreSchema Schema(params MetricDefinition[] metrics) => new([new DeclaredMetrics(metrics)]);

    /// <summary>An analysed article whose scores are whatever <paramref name="score"/> writes (unwritten values stay NaN).</summary>
    public static ArticleAnalysis Make(ScoreSchema schema, string id, string outlet, Action<MetricWriter> score,
        string? story = null, string? date = null)
    {
        var article = new Article { Id = id, Outlet = outlet, Body = "A short body.", Story = story, Date = date, Origin = "test" };
        var analysis = new ArticleAnalysis(DocumentBuilder.Build(article), schema);
        score(new MetricWriter(analysis.Scores, 0));
        return analysis;
    }

    /// <summary>An article of the standard schema: word count, quoted words, and official/expert out of all sources.</summary>
    public static ArticleAnalysis Make(ScoreSchema schema, string id, string outlet, double words, double quoted,
        double official, double expert, double sources, string? story = null, string? date = null) =>
        Make(schema, id, outlet, w =>
        {
            w.Set(Words, words);
            w.SetRatio(QuotedShare, quoted, words);
            w.SetRatio(Official, official, sources);
            w.SetRatio(Expert, expert, sources);
        }, story, date);

    public static TermHit Hit(string term, bool inQuote, string category = "loaded", string family = "") => new()
    {
        SentenceIndex = 0,
        Span = new TextSpan(0, 1),
        Term = term,
        Category = category,
        Weight = 1,
        Family = family,
        Choice = family.Length == 0 ? "" : term,
        InQuote = inQuote,
    };
}
