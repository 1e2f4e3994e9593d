using System.Globalization;
using System.Text;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
using FramingAnalyzer.Output;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>Renders an analysed article as plain text for a reader: sentences, attributions, marked loaded terms, probabilities, scores.</summary>
internal static class ArticleInspection
{
    public static void Print(TextWriter output, ArticleAnalysis analysis, ScoreSchema schema)
    {
        var document = analysis.Document;
        var article = analysis.Article;
        output.WriteLine($"{article.Outlet} — {ArticleTables.Headline(document)}");
        output.WriteLine($"  id {article.Id} · {article.Origin}{(article.Date is null ? "" : " · " + article.Date)}{(article.Story is null ? "" : " · story " + article.Story)}");
        output.WriteLine();
        int functionColumn = IndexOf(schema.SentenceColumns, "sentence_function");
        int probabilityColumn = IndexOf(schema.SentenceColumns, "loaded_probability");
        int wordsColumn = IndexOf(schema.SentenceColumns, "loaded_words");
        var hitsBySentence = analysis.TermHits.Where(h => h.IsLoaded && !h.FromClassifier).GroupBy(h => h.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
        var attributionsBySentence = analysis.Attributions.GroupBy(a => a.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
        int paragraph = -1;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.ParagraphIndex != paragraph)
            {
                if (paragraph >= 0) output.WriteLine();
                paragraph = sentence.ParagraphIndex;
            }
            var probability = probabilityColumn >= 0 ? analysis.SentenceCells[sentence.Index][probabilityColumn].Value : double.NaN;
            var tags = new List<string> { sentence.Role.ToName() };
            if (!double.IsNaN(probability)) tags.Add(string.Create(CultureInfo.InvariantCulture, $"p(loaded) {probability:0.00}{(probability >= Loaded.LoadedWordingAnalyzer.Threshold ? " LOADED" : "")}"));
            else if (probabilityColumn >= 0) tags.Add(sentence.Role == ParagraphRole.Note ? "not scored (note)" : sentence.IsQuotation ? "not scored (quotation)"
                : FramingAnalyzer.Text.Subheading.Is(document, sentence) ? "not scored (subheading)"
                : FramingAnalyzer.Text.Fragment.Is(sentence) ? $"not scored (fragment: fewer than {FramingAnalyzer.Text.Fragment.MinWords} words)" : "not scored");
            if (functionColumn >= 0 && analysis.SentenceCells[sentence.Index][functionColumn] is { IsEmpty: false } function) tags.Add(function.Text);
            output.WriteLine($"[{sentence.Index}] {Marked(document, sentence, hitsBySentence.GetValueOrDefault(sentence.Index))}");
            output.WriteLine($"     ({string.Join(" · ", tags)})");
            foreach (var hit in hitsBySentence.GetValueOrDefault(sentence.Index) ?? [])
            {
                output.WriteLine($"     loaded: \"{document.Slice(hit.Span)}\" ({hit.Category}{(hit.Family.Length > 0 ? ", family " + hit.Family : "")}, {(hit.InQuote ? "inside a quotation" : "own voice")})");
            }
            if (wordsColumn >= 0 && analysis.SentenceCells[sentence.Index][wordsColumn] is { IsEmpty: false } words)
            {
                output.WriteLine($"     classifier's words: {words.Text} (how much each raises p(loaded))");
            }
            foreach (var a in attributionsBySentence.GetValueOrDefault(sentence.Index) ?? [])
            {
                output.WriteLine($"     source: \"{document.Slice(a.Source)}\" → {a.SourceCanonical} · {a.SourceType} ({a.TypeEvidence}) · {a.Affiliation} ({a.AffiliationEvidence}) · {(a.Anonymous ? "anonymous" : "named")}");
                output.WriteLine($"       cue \"{document.Slice(a.Cue)}\" ({a.CueLemma}, {a.VerbStance}) · {a.QuoteKind} · content \"{Shorten(document.Slice(a.Content))}\"");
            }
        }
        output.WriteLine();
        output.WriteLine("Scores:");
        for (int m = 0; m < schema.Metrics.Count; m++)
        {
            if (!schema.Metrics[m].InArticlesTable) continue;
            output.WriteLine($"  {schema.Metrics[m].Name,-32} {CellText.FormatNumber(analysis.Scores.Values[m]),10}");
        }
    }

    private static string Marked(Document document, Sentence sentence, List<TermHit>? hits)
    {
        if (hits is null || hits.Count == 0) return document.Slice(sentence.Span);
        var text = new StringBuilder();
        int at = sentence.Span.Start;
        foreach (var hit in hits.OrderBy(h => h.Span.Start))
        {
            text.Append(document.Text, at, hit.Span.Start - at).Append("**").Append(document.Text, hit.Span.Start, hit.Span.Length).Append("**");
            at = hit.Span.End;
        }
        text.Append(document.Text, at, sentence.Span.End - at);
        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (int i = 0; i < columns.Count; i++) if (columns[i] == name) return i;
        return -1;
    }
}
