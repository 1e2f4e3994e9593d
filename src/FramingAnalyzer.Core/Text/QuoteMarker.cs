using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// Finds quotations over the tokens of all paragraphs: straight and curly double quotes, guillemets, and single quotes
/// that open at a word start and close at a word end (apostrophes are left alone). A double quotation still open at the
/// end of a paragraph is recorded as unclosed; when the next paragraph opens with a quotation mark, that quotation is
/// marked as continuing the previous one (the news convention for quotes that run over several paragraphs).
/// Marks the tokens inside quotations.
/// </summary>
internal static class QuoteMarker
{
    public static List<QuoteSpan> Mark(string text, IReadOnlyList<Paragraph> paragraphs, Token[] tokens, int[] paragraphFirstToken)
    {
        var quotes = new List<QuoteSpan>();
        bool previousLeftOpen = false;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            int first = paragraphFirstToken[p];
            int last = p + 1 < paragraphs.Count ? paragraphFirstToken[p + 1] : tokens.Length;
            var paragraph = paragraphs[p];
            int doubleOpenAt = -1; // content start offset
            bool doubleContinues = false;
            int singleOpenAt = -1;

            for (int t = first; t < last; t++)
            {
                var token = tokens[t];
                if (token.Kind != TokenKind.QuoteMark) continue;
                char c = text[token.Start];
                if (QuoteMarks.IsDouble(c))
                {
                    bool opening = QuoteMarks.IsDoubleOpening(c)
                        || (QuoteMarks.IsStraightDouble(c) && doubleOpenAt < 0)
                        || (QuoteMarks.IsDoubleClosing(c) && doubleOpenAt < 0 && FollowedByWord(text, token.End, paragraph.Span.End) && PrecededByBoundary(text, token.Start, paragraph.Span.Start));
                    if (opening && doubleOpenAt < 0)
                    {
                        doubleOpenAt = token.End;
                        doubleContinues = previousLeftOpen && t == first;
                        singleOpenAt = -1;
                    }
                    else if (!opening && doubleOpenAt >= 0)
                    {
                        AddQuote(quotes, text, doubleOpenAt, token.Start, p, p, closed: true, doubleContinues);
                        doubleOpenAt = -1;
                    }
                    continue;
                }

                if (doubleOpenAt >= 0) continue; // single quotes nested inside a double quotation are already quoted
                bool atWordStart = PrecededByBoundary(text, token.Start, paragraph.Span.Start) && FollowedByWord(text, token.End, paragraph.Span.End);
                bool atWordEnd = token.Start > paragraph.Span.Start && !char.IsWhiteSpace(text[token.Start - 1])
                    && !FollowedByWord(text, token.End, paragraph.Span.End);
                if (singleOpenAt < 0 && atWordStart && c is '\'' or '‘' or '‹')
                {
                    singleOpenAt = token.End;
                }
                else if (singleOpenAt >= 0 && atWordEnd && c is '\'' or '’' or '›')
                {
                    AddQuote(quotes, text, singleOpenAt, token.Start, p, p, closed: true, continuesPrevious: false);
                    singleOpenAt = -1;
                }
            }

            previousLeftOpen = doubleOpenAt >= 0;
            if (previousLeftOpen)
            {
                AddQuote(quotes, text, doubleOpenAt, paragraph.Span.End, p, p, closed: false, doubleContinues);
            }
        }

        MarkTokens(tokens, quotes);
        return quotes;
    }

    private static void AddQuote(List<QuoteSpan> quotes, string text, int start, int end, int firstParagraph, int lastParagraph, bool closed, bool continuesPrevious)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        quotes.Add(new QuoteSpan(quotes.Count, new TextSpan(start, end), firstParagraph, lastParagraph, closed, continuesPrevious));
    }

    private static bool FollowedByWord(string text, int offset, int limit) =>
        offset < limit && (char.IsLetterOrDigit(text[offset]) || text[offset] is '.' or '$' or '€' or '£');

    private static bool PrecededByBoundary(string text, int offset, int limit) =>
        offset == limit || char.IsWhiteSpace(text[offset - 1]) || text[offset - 1] is '(' or '[' or '—' or '–' or '-' or ':' or '/';

    private static void MarkTokens(Token[] tokens, List<QuoteSpan> quotes)
    {
        if (quotes.Count == 0) return;
        int q = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            while (q < quotes.Count && quotes[q].Content.End <= token.Start) q++;
            if (q == quotes.Count) break;
            if (token.Kind != TokenKind.QuoteMark && quotes[q].Content.Contains(token.Start))
            {
                tokens[t] = token with { InQuote = true };
            }
        }
    }
}
