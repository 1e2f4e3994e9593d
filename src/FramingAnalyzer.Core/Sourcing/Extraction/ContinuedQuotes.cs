using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Gives quotations that carry no attribution of their own to the speaker who opened them: a quotation that continues
/// one left open by the previous paragraph (<see cref="QuoteSpan.ContinuesPrevious"/>), and a quote sentence or
/// paragraph right after an attributed quotation (<c>"...," X said. "More words."</c>). Each such sentence gets a
/// relation with rule continued_quote whose source and cue are the opener's.
/// </summary>
internal static class ContinuedQuotes
{
    public static List<(Attribution Record, Attribution Opener)> Link(DocumentText text, IReadOnlyList<Attribution> found)
    {
        var document = text.Document;
        var quotes = document.Quotes;
        var links = new List<(Attribution, Attribution)>();
        var chain = new int[quotes.Count];
        for (int q = 0; q < quotes.Count; q++) chain[q] = quotes[q].ContinuesPrevious && q > 0 ? chain[q - 1] : q;

        var speakers = new Dictionary<int, Attribution>();
        var bySentence = new Dictionary<int, List<Attribution>>();
        foreach (var attribution in found)
        {
            if (!bySentence.TryGetValue(attribution.SentenceIndex, out var list)) bySentence[attribution.SentenceIndex] = list = [];
            list.Add(attribution);
            if (attribution.QuoteKind is not (QuoteKinds.Direct or QuoteKinds.Mixed)) continue;
            for (int q = 0; q < quotes.Count; q++)
            {
                if (quotes[q].Content.Overlaps(attribution.Content)) speakers.TryAdd(chain[q], attribution);
            }
        }

        Attribution? previousSpeaker = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Note) continue;
            if (bySentence.TryGetValue(sentence.Index, out var own))
            {
                previousSpeaker = own.LastOrDefault(a => a.QuoteKind is QuoteKinds.Direct or QuoteKinds.Mixed);
                continue;
            }
            var tokens = document.SentenceTokens(sentence);
            bool quoteSentence = tokens.Length > 0 && (tokens[0].Kind == TokenKind.QuoteMark || tokens[0].InQuote) && sentence.QuotedWordShare >= 0.5;
            if (!quoteSentence)
            {
                previousSpeaker = null;
                continue;
            }
            int quoteIndex = -1;
            for (int q = 0; q < quotes.Count && quoteIndex < 0; q++)
            {
                if (quotes[q].Content.Overlaps(sentence.Span)) quoteIndex = q;
            }
            var opener = quoteIndex >= 0 && speakers.TryGetValue(chain[quoteIndex], out var s) ? s : previousSpeaker;
            if (opener is null)
            {
                previousSpeaker = null;
                continue;
            }
            if (found.Any(a => a.Content.Overlaps(sentence.Span)))
            {
                // The quotation is already the content of a relation in the next sentence ("...?" | Clinton said.).
                previousSpeaker = opener;
                continue;
            }
            int first = -1, last = -1;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (!tokens[t].InQuote || tokens[t].Kind == TokenKind.QuoteMark) continue;
                if (first < 0) first = t;
                last = t;
            }
            if (first < 0) continue;
            while (last > first && tokens[last].Kind == TokenKind.Punctuation && document.Text[tokens[last].Start] is ',' or '.' or ';' or ':') last--;
            var content = new TextSpan(tokens[first].Start, tokens[last].End);
            links.Add((opener with
            {
                SentenceIndex = sentence.Index,
                Content = content,
                Qualifier = new TextSpan(opener.Cue.End, opener.Cue.End),
                QuoteKind = QuoteKinds.Direct,
                Rule = "continued_quote",
                ContinuesFrom = null,
            }, opener));
            previousSpeaker = opener;
        }
        return links;
    }
}
