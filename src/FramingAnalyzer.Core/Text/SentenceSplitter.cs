using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// Splits each paragraph's tokens into sentences. A sentence ends at . ! ? or an ellipsis (with any closing quotes and
/// brackets after it) when the next token starts a new sentence (capital, digit, opening quote). Titles and months with
/// a period (Gen., Jan.) never end a sentence; initialisms (U.S.) end one only before a typical sentence opener.
/// A quotation that ends with a comma and its attribution (<c>"We will fight. We will win," he said.</c>) stays one sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, IReadOnlyList<Paragraph> paragraphs, Token[] tokens, int[] paragraphFirstToken, IReadOnlyList<QuoteSpan> quotes)
    {
        var sentences = new List<Sentence>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            int first = paragraphFirstToken[p];
            int last = p + 1 < paragraphs.Count ? paragraphFirstToken[p + 1] : tokens.Length;
            int sentenceStart = first;
            for (int t = first; t < last; t++)
            {
                if (!IsTerminal(text, tokens, t, last)) continue;
                int end = t + 1;
                while (end < last && IsClosing(text, tokens[end])) end++;
                if (end < last && !StartsSentence(text, tokens[end])) continue;
                if (end < last && InsideEmbeddedQuote(text, quotes, tokens[t].Start)) continue;
                sentences.Add(Make(sentences.Count, paragraphs[p], tokens, sentenceStart, end));
                sentenceStart = end;
                t = end - 1;
            }
            if (sentenceStart < last)
            {
                sentences.Add(Make(sentences.Count, paragraphs[p], tokens, sentenceStart, last));
            }
        }
        return sentences;
    }

    private static bool IsTerminal(string text, Token[] tokens, int t, int last)
    {
        var token = tokens[t];
        char c = text[token.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            if (c is '.' or '!' or '?' or '…') return true;
            return false;
        }
        if (token.Kind == TokenKind.Word && text[token.End - 1] == '.' && token.Length > 1)
        {
            // Initialism such as U.S. may end a sentence before a typical opener.
            var word = text.AsSpan(token.Start, token.Length);
            bool initialism = word.IndexOf('.') < word.Length - 1;
            if (!initialism) return false;
            int next = t + 1;
            return next >= last || tokens[next].Kind == TokenKind.Word && Abbreviations.IsSentenceStarter(text.AsSpan(tokens[next].Start, tokens[next].Length));
        }
        return false;
    }

    private static bool IsClosing(string text, Token token)
    {
        char c = text[token.Start];
        if (token.Kind == TokenKind.QuoteMark)
        {
            return !QuoteMarks.IsDoubleOpening(c) && c != '‘' && c != '‹'
                && (token.End >= text.Length || !char.IsLetterOrDigit(text[token.End]));
        }
        return token.Kind == TokenKind.Punctuation && c is ')' or ']';
    }

    private static bool StartsSentence(string text, Token token)
    {
        char c = text[token.Start];
        if (token.Kind == TokenKind.QuoteMark) return true;
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind == TokenKind.Word) return char.IsUpper(c);
        return c is '(' or '[' or '—' or '–' or '-' or '*';
    }

    private static bool InsideEmbeddedQuote(string text, IReadOnlyList<QuoteSpan> quotes, int offset)
    {
        foreach (var quote in quotes)
        {
            if (quote.Content.Start > offset) return false;
            if (!quote.Content.Contains(offset)) continue;
            return quote.Closed && text[quote.Content.End - 1] == ',';
        }
        return false;
    }

    private static Sentence Make(int index, Paragraph paragraph, Token[] tokens, int first, int end)
    {
        int words = 0, quoted = 0;
        for (int t = first; t < end; t++)
        {
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
                if (tokens[t].InQuote) quoted++;
            }
        }
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        return new Sentence(index, paragraph.Index, paragraph.Role, span, first, end - first)
        {
            WordCount = words,
            QuotedWordShare = words == 0 ? 0 : (double)quoted / words,
        };
    }
}
