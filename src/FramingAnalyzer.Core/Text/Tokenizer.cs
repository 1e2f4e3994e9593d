using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// Splits a range of text into word, number, punctuation and quote-mark tokens with character offsets.
/// Keeps together what news text expects to stay together: initialisms (U.S., a.m.), titles with their period (Gen.),
/// initials (J.), decimals and thousands (3.5, 12,000), hyphenated and apostrophised words (so-called, don't).
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }

            if (char.IsLetterOrDigit(c))
            {
                int wordEnd = ScanWord(text, i, end);
                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(i, wordEnd, kind, false));
                i = wordEnd;
                continue;
            }

            if (QuoteMarks.IsDouble(c))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.QuoteMark, false));
                i++;
                continue;
            }

            if (QuoteMarks.IsSingle(c))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.QuoteMark, false));
                i++;
                continue;
            }

            // Ellipsis "..." as one token.
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                int e = i + 3;
                while (e < end && text[e] == '.') e++;
                tokens.Add(new Token(i, e, TokenKind.Punctuation, false));
                i = e;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation, false));
            i++;
        }
    }

    private static int ScanWord(string text, int start, int end)
    {
        int i = start + 1;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD') { i++; continue; }
            bool nextIsAlnum = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
            if ((c == '-' || c == '\u2011' || c == '\'' || c == '’') && nextIsAlnum && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            if ((c == '.' || c == ',') && nextIsAlnum && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                i++; // 3.5, 12,000
                continue;
            }
            if (c == '.' && nextIsAlnum && char.IsLetter(text[i + 1]) && IsSingleLetterSegment(text, start, i)
                && (i + 2 >= end || text[i + 2] == '.'))
            {
                i++; // U.S, a.m
                continue;
            }
            break;
        }

        // Attach a trailing period to initialisms (U.S.), initials (J.) and known abbreviations (Gen., Jan.).
        if (i < end && text[i] == '.' && !(i + 1 < end && text[i + 1] == '.'))
        {
            var word = text.AsSpan(start, i - start);
            bool initialism = word.Length >= 3 && word.Contains('.');
            bool initial = word.Length == 1 && char.IsUpper(word[0]);
            if (initialism || initial || Abbreviations.IsKnown(word)) return i + 1;
        }
        return i;
    }

    private static bool IsSingleLetterSegment(string text, int wordStart, int dot)
    {
        // The segment before this dot is a single letter: "U" in U.S, "a" in a.m.
        int segStart = dot - 1;
        return segStart >= wordStart && char.IsLetter(text[segStart]) && (segStart == wordStart || text[segStart - 1] == '.');
    }
}
