using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// Splits each paragraph's tokens into sentences. A sentence ends at . ! ? or an ellipsis (with any closing quotes and
/// brackets after it) when the next token starts a new sentence (capital, digit, opening quote, bracket or dash).
/// Titles (Gen., Dr.) and forms before a number (No. 4) never end a sentence; initialisms (U.S., a.m.), initials,
/// months and trailing forms (Inc.) end one only before a typical sentence opener ("The", "He", ...).
/// A period directly followed by a letter or digit (Ph.D, example.com) ends nothing.
/// A closed quotation embedded in a sentence stays in it: one that ends with a comma before its attribution
/// (<c>"We will fight. We will win," he said.</c>), or one followed by a lower-case word (<c>"Go! Now!" he shouted.</c>)
/// or by a name and a reporting verb (<c>"Why? Who?" Fonn said.</c>).
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, IReadOnlyList<Paragraph> paragraphs, Token[] tokens, int[] paragraphFirstToken, IReadOnlyList<QuoteSpan> quotes)
    {
        var sentences = new List<Sentence>(tokens.Length / 16 + paragraphs.Count);
        int quoteCursor = 0;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            int first = paragraphFirstToken[p];
            int last = p + 1 < paragraphs.Count ? paragraphFirstToken[p + 1] : tokens.Length;
            int paragraphEnd = paragraphs[p].Span.End;
            int sentenceStart = first;
            for (int t = first; t < last; t++)
            {
                var boundary = Terminal(text, tokens[t], paragraphEnd);
                if (boundary == Boundary.None) continue;
                int end = t + 1;
                while (end < last && IsClosing(text, tokens[end], paragraphEnd)) end++;
                if (end < last)
                {
                    bool starts = boundary == Boundary.BeforeOpener ? StartsSentenceClearly(text, tokens, end, last) : StartsSentence(text, tokens[end]);
                    if (!starts) continue;
                    if (InsideEmbeddedQuote(text, quotes, ref quoteCursor, tokens[t].Start, paragraphEnd)) continue;
                }
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

    private enum Boundary : byte
    {
        None,
        /// <summary>. ! ? or an ellipsis: ends the sentence before a capital, digit, opening quote or bracket.</summary>
        Plain,
        /// <summary>The period of an initialism or abbreviation: ends the sentence only before a typical opener.</summary>
        BeforeOpener,
    }

    private static Boundary Terminal(string text, Token token, int paragraphEnd)
    {
        char c = text[token.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            if (c is '!' or '?' or '…') return Boundary.Plain;
            if (c != '.') return Boundary.None;
            // example.com, Ph.D: a period glued to the next word is not a full stop (an ellipsis may be).
            bool glued = token.Length == 1 && token.End < paragraphEnd && char.IsLetterOrDigit(text[token.End]);
            return glued ? Boundary.None : Boundary.Plain;
        }
        if (token.Kind is TokenKind.Word or TokenKind.Number && token.Length > 1 && text[token.End - 1] == '.')
        {
            return Tokenizer.PeriodKind(text, token.Start, token.End - 1, paragraphEnd) switch
            {
                AbbreviationKind.MayEnd => Boundary.BeforeOpener,
                AbbreviationKind.None => Boundary.Plain,
                _ => Boundary.None,
            };
        }
        return Boundary.None;
    }

    private static bool IsClosing(string text, Token token, int paragraphEnd)
    {
        char c = text[token.Start];
        if (token.Kind == TokenKind.QuoteMark)
        {
            return !QuoteMarks.IsDoubleOpening(c) && c != '‘' && c != '‹'
                && (token.End >= paragraphEnd || !char.IsLetterOrDigit(text[token.End]));
        }
        return token.Kind == TokenKind.Punctuation && c is ')' or ']';
    }

    private static bool StartsSentence(string text, Token token)
    {
        char c = text[token.Start];
        if (token.Kind == TokenKind.QuoteMark) return true;
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind == TokenKind.Word) return char.IsUpper(c) || !char.IsLower(c) && !char.IsLetter(c);
        return c is '(' or '[' or '—' or '–' or '-' or '*' or '•';
    }

    /// <summary>After an initialism: a typical sentence opener, or an opening quotation mark before a capital.</summary>
    private static bool StartsSentenceClearly(string text, Token[] tokens, int next, int last)
    {
        var token = tokens[next];
        if (token.Kind == TokenKind.Word) return Abbreviations.IsSentenceStarter(text.AsSpan(token.Start, token.Length));
        if (token.Kind == TokenKind.QuoteMark && QuoteMarks.IsDouble(text[token.Start]) && next + 1 < last)
        {
            var after = tokens[next + 1];
            return after.Start == token.End && after.Kind == TokenKind.Word && char.IsUpper(text[after.Start]);
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="offset"/> lies inside a closed quotation that continues the sentence after its closing
    /// mark: it ends with a comma, or a lower-case word follows it. Quotes are visited in order through <paramref name="cursor"/>.
    /// </summary>
    private static bool InsideEmbeddedQuote(string text, IReadOnlyList<QuoteSpan> quotes, ref int cursor, int offset, int paragraphEnd)
    {
        while (cursor < quotes.Count && quotes[cursor].Content.End <= offset) cursor++;
        if (cursor == quotes.Count) return false;
        var quote = quotes[cursor];
        if (!quote.Closed || !quote.Content.Contains(offset)) return false;
        if (text[quote.Content.End - 1] == ',') return true;
        // Skip the closing mark and white space: does the sentence go on in lower case ("he said"),
        // or with a name and a reporting verb ("Fonn said", "Adela Fonn told reporters")?
        int i = quote.Content.End;
        while (i < paragraphEnd && (QuoteMarks.IsAny(text[i]) || char.IsWhiteSpace(text[i]))) i++;
        if (i >= paragraphEnd) return false;
        if (char.IsLower(text[i])) return true;
        for (int names = 0; names < 4 && i < paragraphEnd; names++)
        {
            int wordEnd = i;
            while (wordEnd < paragraphEnd && char.IsLetter(text[wordEnd])) wordEnd++;
            if (wordEnd == i) return false;
            var word = text.AsSpan(i, wordEnd - i);
            if (names > 0 && Abbreviations.IsReportingVerb(word)) return true;
            if (!char.IsUpper(word[0])) return false;
            i = wordEnd;
            if (i >= paragraphEnd || text[i] != ' ') return false;
            i++;
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
