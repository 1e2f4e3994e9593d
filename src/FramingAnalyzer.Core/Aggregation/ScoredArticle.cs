using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Aggregation;

/// <summary>One term occurrence as aggregation needs it.</summary>
public readonly record struct TermOccurrence(string Term, string Category, string Family, string Choice, bool InQuote);

/// <summary>
/// What aggregation needs of an analysed article: its identity, outlet, story and date, its scores and its term
/// occurrences. Built from an <see cref="ArticleAnalysis"/> in a normal run, or from a score line in streaming mode.
/// </summary>
public sealed record ScoredArticle(string Id, string Outlet, string? Story, string? Date, ArticleScores Scores, IReadOnlyList<TermOccurrence> Terms)
{
    public static ScoredArticle From(ArticleAnalysis analysis) => new(
        analysis.Article.Id,
        analysis.Article.Outlet,
        analysis.Article.Story,
        analysis.Article.Date,
        analysis.Scores,
        analysis.TermHits.Select(h => new TermOccurrence(h.Term, h.Category, h.Family, h.Choice, h.InQuote)).ToArray());
}
