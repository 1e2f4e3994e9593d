using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// Finds quotations over the tokens of all paragraphs: straight and curly double quotes, guillemets, and single quotes
/// that open at a word start and close at a word end (apostrophes are left alone). A double quotation still open at the
/// end of a paragraph is recorded as unclosed; when the next paragraph opens with a quotation mark, that quotation is
/// marked as continuing the previous one (the news convention for quotes that run over several paragraphs).
/// A nickname in quotation marks between a given name and a surname (Tomas "Tom" Berg) is part of the name, not a
/// quotation. Marks the tokens inside quotations. Quotations never nest: marks inside an open double quotation are part of it.
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
            char opener = '\0';
            bool doubleContinues = false;
            int singleOpenAt = -1;

            for (int t = first; t < last; t++)
            {
                var token = tokens[t];
                if (token.Kind != TokenKind.QuoteMark) continue;
                char c = text[token.Start];
                if (QuoteMarks.IsDouble(c))
                {
                    if (doubleOpenAt < 0)
                    {
                        if (NicknameClose(text, tokens, t, first, last) is int close)
                        {
                            t = close;
                            continue;
                        }
                        bool opening = QuoteMarks.IsDoubleOpening(c) || QuoteMarks.IsStraightDouble(c)
                            || (FollowedByWord(text, token.End, paragraph.Span.End) && PrecededByBoundary(text, token.Start, paragraph.Span.Start));
                        if (opening)
                        {
                            doubleOpenAt = token.End;
                            opener = c;
                            doubleContinues = previousLeftOpen && t == first;
                            singleOpenAt = -1;
                        }
                    }
                    else if (QuoteMarks.Closes(opener, c))
                    {
                        AddQuote(quotes, text, doubleOpenAt, token.Start, p, closed: true, doubleContinues);
                        doubleOpenAt = -1;
                    }
                    continue;
                }

                if (doubleOpenAt >= 0) continue; // single quotes nested inside a double quotation are already quoted
                if (singleOpenAt < 0)
                {
                    if (c is '\'' or '‘' or '‹' && IsSingleOpening(text, token, paragraph.Span)) singleOpenAt = token.End;
                }
                else if (c is '\'' or '’' or '›' && IsSingleClosing(text, token, paragraph.Span)
                    && !(LooksPossessive(text, token, paragraph.Span.End) && LaterSingleCloses(text, tokens, t + 1, last, paragraph.Span)))
                {
                    AddQuote(quotes, text, singleOpenAt, token.Start, p, closed: true, continuesPrevious: false);
                    singleOpenAt = -1;
                }
            }

            // Only a recorded (non-empty) open quotation can be continued by the next paragraph.
            previousLeftOpen = doubleOpenAt >= 0 && AddQuote(quotes, text, doubleOpenAt, paragraph.Span.End, p, closed: false, doubleContinues);
        }

        MarkTokens(tokens, quotes);
        return quotes;
    }

    /// <summary>
    /// The closing mark of a nickname (Tomas "Tom" Berg): one or two capitalised words in double quotes, with a capitalised
    /// word right before the opening mark and right after the closing one; null when the mark at <paramref name="open"/>
    /// does not open one.
    /// </summary>
    private static int? NicknameClose(string text, Token[] tokens, int open, int first, int last)
    {
        if (open - 1 < first || !IsCapitalisedWord(text, tokens[open - 1])) return null;
        for (int close = open + 2; close <= open + 3 && close + 1 < last; close++)
        {
            if (tokens[close].Kind != TokenKind.QuoteMark) continue;
            if (!QuoteMarks.IsDouble(text[tokens[close].Start])) return null;
            for (int w = open + 1; w < close; w++)
            {
                if (!IsCapitalisedWord(text, tokens[w])) return null;
            }
            return IsCapitalisedWord(text, tokens[close + 1]) ? close : null;
        }
        return null;
    }

    private static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool AddQuote(List<QuoteSpan> quotes, string text, int start, int end, int paragraph, bool closed, bool continuesPrevious)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return false;
        quotes.Add(new QuoteSpan(quotes.Count, new TextSpan(start, end), paragraph, paragraph, closed, continuesPrevious));
        return true;
    }

    /// <summary>A single mark at a word start ('horror', ‘no’), but not an elision such as '90s.</summary>
    private static bool IsSingleOpening(string text, Token token, TextSpan paragraph) =>
        PrecededByBoundary(text, token.Start, paragraph.Start) && FollowedByWord(text, token.End, paragraph.End)
        && !char.IsDigit(text[token.End]);

    /// <summary>A single mark at a word end: after a letter or punctuation, not followed by a letter or digit ('betrayed'.).</summary>
    private static bool IsSingleClosing(string text, Token token, TextSpan paragraph) =>
        token.Start > paragraph.Start && !char.IsWhiteSpace(text[token.Start - 1])
        && !(token.End < paragraph.End && (char.IsLetterOrDigit(text[token.End]) || char.IsSurrogate(text[token.End])));

    /// <summary>soldiers' families: an s, the mark, a space and a lower-case word.</summary>
    private static bool LooksPossessive(string text, Token token, int limit)
    {
        if (text[token.Start - 1] is not ('s' or 'S')) return false;
        int next = token.End;
        if (next + 1 >= limit || text[next] != ' ') return false;
        return char.IsLower(text[next + 1]);
    }

    /// <summary>True when a later single mark closes the quotation before any new one could open.</summary>
    private static bool LaterSingleCloses(string text, Token[] tokens, int from, int last, TextSpan paragraph)
    {
        for (int t = from; t < last; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.QuoteMark) continue;
            char c = text[token.Start];
            if (QuoteMarks.IsDouble(c)) return false;
            if (c is '\'' or '‘' or '‹' && IsSingleOpening(text, token, paragraph)) return false;
            if (c is '\'' or '’' or '›' && IsSingleClosing(text, token, paragraph)) return true;
        }
        return false;
    }

    private static bool FollowedByWord(string text, int offset, int limit) =>
        offset < limit && (char.IsLetterOrDigit(text[offset]) || char.IsSurrogate(text[offset]) || text[offset] is '.' or '$' or '€' or '£');

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
