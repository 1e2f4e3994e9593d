using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Measures source finding and typing end to end, as <c>framing analyze</c> does them, against hand-marked articles
/// (<see cref="MarkedSourceReader"/>). Each article is built into a document as analyze builds it and the sourcing
/// analyzer runs over it; every distinct source span it finds is placed in the unmarked text
/// (<see cref="SourceSpanLocator"/>). Each marked source is matched to the found source whose span overlaps it by most
/// characters (on a tie, the one starting nearest it): found when there is one, missing when none overlaps; right when
/// the found source's type is the marked type. A found source may match several marks; found sources that match no
/// mark are not counted.
/// </summary>
public static class SourceTypingEvaluation
{
    private const int ContextChars = 50;

    public static SourceTypingResult Run(IReadOnlyList<MarkedSourceArticle> articles, SourcingAnalyzer analyzer)
    {
        var outcomes = articles.SelectMany(a => Outcomes(a, analyzer)).ToList();
        var perFile = outcomes.Select(o => o.File).Distinct(StringComparer.Ordinal)
            .Select(file => SourceTypingScore.Of(file, outcomes.Where(o => o.File == file))).ToList();
        var found = outcomes.Where(o => o.IsFound).ToList();
        var byEvidence = found.GroupBy(o => o.Evidence, StringComparer.Ordinal)
            .Select(g => new EvidenceTally(g.Key, g.Count(o => o.Correct), g.Count(o => !o.Correct)))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Evidence, StringComparer.Ordinal).ToList();
        var confusion = found.GroupBy(o => (Gold: o.Marked.Type, o.Predicted))
            .Select(g => new TypeConfusion(g.Key.Gold, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Gold, StringComparer.Ordinal).ThenBy(c => c.Predicted, StringComparer.Ordinal).ToList();
        return new SourceTypingResult(SourceTypingScore.Of("all", outcomes), perFile, byEvidence, confusion, outcomes);
    }

    /// <summary>The outcome of each marked source of one article, in text order.</summary>
    public static IReadOnlyList<SourceTypingOutcome> Outcomes(MarkedSourceArticle article, SourcingAnalyzer analyzer)
    {
        var document = DocumentBuilder.Build(article.ToArticle());
        var analysis = new ArticleAnalysis(document, new ScoreSchema([analyzer]));
        analyzer.Analyze(analysis, new MetricWriter(analysis.Scores, 0), new SentenceCellWriter(analysis.SentenceCells, 0));
        var found = FoundSources(document, analysis.Attributions, article.Text);
        return article.Sources.Select(marked => Outcome(article, marked, found)).ToList();
    }

    /// <summary>The distinct source spans found (the first attribution's type for a span several attributions share), placed in the unmarked text.</summary>
    private static List<(TextSpan Span, Attribution Attribution)> FoundSources(Document document, IReadOnlyList<Attribution> attributions, string text)
    {
        var locator = new SourceSpanLocator(document, text);
        var seen = new HashSet<TextSpan>();
        var found = new List<(TextSpan Span, Attribution Attribution)>();
        foreach (var attribution in attributions)
        {
            if (attribution.Source.Length == 0 || !seen.Add(attribution.Source)) continue;
            var span = locator.Locate(attribution.Source);
            if (span.Length > 0) found.Add((span, attribution));
        }
        return found.OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End).ToList();
    }

    private static SourceTypingOutcome Outcome(MarkedSourceArticle article, MarkedSource marked, List<(TextSpan Span, Attribution Attribution)> found)
    {
        var markedSpan = new TextSpan(marked.Start, marked.End);
        (TextSpan Span, Attribution Attribution)? best = null;
        int bestOverlap = 0, bestDistance = 0;
        foreach (var candidate in found)
        {
            int overlap = Math.Min(candidate.Span.End, markedSpan.End) - Math.Max(candidate.Span.Start, markedSpan.Start);
            int distance = Math.Abs(candidate.Span.Start - markedSpan.Start);
            if (overlap <= 0 || overlap < bestOverlap || (overlap == bestOverlap && distance >= bestDistance)) continue;
            (best, bestOverlap, bestDistance) = (candidate, overlap, distance);
        }
        var context = Context(article.Text, markedSpan);
        if (best is not { } match) return new SourceTypingOutcome(article.File, article.Id, marked, null, "", "", "", context);
        return new SourceTypingOutcome(article.File, article.Id, marked, match.Span, article.Text[match.Span.Start..match.Span.End],
            match.Attribution.SourceType, match.Attribution.TypeEvidence, context);
    }

    /// <summary>Up to <see cref="ContextChars"/> characters either side of the mark, on one line, the mark in [brackets].</summary>
    private static string Context(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - ContextChars), to = Math.Min(text.Length, span.End + ContextChars);
        var before = text[from..span.Start];
        var after = text[span.End..to];
        // Cut the context at the paragraph the mark is in.
        if (before.LastIndexOf('\n') is int b and >= 0) before = before[(b + 1)..];
        if (after.IndexOf('\n') is int a and >= 0) after = after[..a];
        return $"{(from > 0 && before.Length == span.Start - from ? "…" : "")}{before}[{text[span.Start..span.End]}]{after}{(to < text.Length && after.Length == to - span.End ? "…" : "")}";
    }
}
