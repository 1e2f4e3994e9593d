using System.Globalization;
using System.Text;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// Splits a range of text into word, number, punctuation and quote-mark tokens with character offsets.
/// Keeps together what news text expects to stay together: initialisms (U.S., a.m.), titles with their period (Gen.),
/// initials (J.), decimals and thousands (3.5, 12,000), hyphenated and apostrophised words (so-called, don't), web
/// names (MoveOn.org, Amazon.com).
/// Every character that is not white space or a control character belongs to exactly one token; a surrogate pair is
/// never split, an unpaired surrogate is a punctuation token of its own.
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

            if (char.IsLetterOrDigit(c) || IsLetterOrDigitPair(text, i, end))
            {
                int wordEnd = ScanWord(text, i, end);
                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(i, wordEnd, kind, false));
                i = wordEnd;
                continue;
            }

            if (QuoteMarks.IsAny(c))
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

            // A symbol or emoji outside the basic plane stays one token.
            int width = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new Token(i, i + width, TokenKind.Punctuation, false));
            i += width;
        }
    }

    /// <summary>
    /// How the period at <paramref name="period"/>, right after the word starting at <paramref name="wordStart"/>, behaves:
    /// <see cref="AbbreviationKind.None"/> when it is ordinary punctuation (the tokenizer then keeps it apart).
    /// Initialisms (U.S., a.m.) and single capital initials (J.) may end a sentence before a typical opener.
    /// </summary>
    public static AbbreviationKind PeriodKind(string text, int wordStart, int period, int end)
    {
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length >= 3 && char.IsLetter(word[0]) && word[1] == '.') return AbbreviationKind.MayEnd; // U.S, a.m
        if (word.Length == 1 && char.IsUpper(word[0])) return AbbreviationKind.MayEnd; // J. R. Smith
        return Abbreviations.Classify(word, NumberFollows(text, period + 1, end));
    }

    private static bool NumberFollows(string text, int offset, int end)
    {
        while (offset < end && text[offset] is ' ' or '\u00A0') offset++;
        return offset < end && (char.IsDigit(text[offset]) || text[offset] is '$' or '€' or '£' or '#');
    }

    private static int ScanWord(string text, int start, int end)
    {
        int i = start + WordCharWidth(text, start, end);
        while (i < end)
        {
            char c = text[i];
            int width = WordCharWidth(text, i, end);
            if (width > 0) { i += width; continue; }
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
            if (c == '.' && nextIsAlnum && char.IsLetterOrDigit(text[i - 1]) && DomainEnd(text, i + 1, end) is int domainEnd)
            {
                i = domainEnd; // MoveOn.org, Amazon.com
                continue;
            }
            break;
        }

        // Attach a trailing period to initialisms (U.S.), initials (J.) and known abbreviations (Gen., Jan., No. 4).
        if (i < end && text[i] == '.' && !(i + 1 < end && text[i + 1] == '.')
            && PeriodKind(text, start, i, end) != AbbreviationKind.None)
        {
            // "U.S.-led", "U.N.-backed": an initialism joined by a hyphen to a word is one word, as "Saudi-led" is.
            if (i + 2 < end && text[i + 1] == '-' && char.IsLetter(text[i + 2]) && IsSingleLetterSegment(text, start, i))
            {
                int e = i + 2;
                while (e < end && (char.IsLetter(text[e]) || (text[e] == '-' && e + 1 < end && char.IsLetter(text[e + 1])))) e++;
                return e;
            }
            return i + 1;
        }
        return i;
    }

    private static readonly string[] TopLevelDomains = ["com", "org", "net", "gov", "edu", "io"];

    /// <summary>Where a web domain's ending that starts at <paramref name="at"/> (after the period) ends: one of a few
    /// top-level domains in lower case, then no further letter or digit ("MoveOn.org said", "Amazon.com."); or null.</summary>
    private static int? DomainEnd(string text, int at, int end)
    {
        foreach (var tld in TopLevelDomains)
        {
            int e = at + tld.Length;
            if (e <= end && text.AsSpan(at, tld.Length).SequenceEqual(tld) && (e == end || !char.IsLetterOrDigit(text[e]))) return e;
        }
        return null;
    }

    /// <summary>Width of the word character at <paramref name="i"/> (letter, digit, combining mark, soft hyphen, joiner, or a letter pair), 0 if none.</summary>
    private static int WordCharWidth(string text, int i, int end)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c)) return 1;
        if (IsMojibakeContinuation(text, i)) return 1;
        if (c < '\u0300') return c == '\u00AD' ? 1 : 0;
        if (c is '\u200C' or '\u200D') return 1;
        if (IsLetterOrDigitPair(text, i, end)) return 2;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark ? 1 : 0;
    }

    /// <summary>
    /// A character U+0080–U+00BF right after one of U+00C2–U+00DF (Â, Ã ..., precomposed or as A plus a combining mark):
    /// a UTF-8 continuation byte of a letter like ç or é read as Latin-1 (mojibake, "FranÃ§ois"). It belongs to the word,
    /// so a name with a garbled accented letter stays whole instead of being cut at the § or control character.
    /// </summary>
    internal static bool IsMojibakeContinuation(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < '\u0080' || c > '\u00BF' || i == 0) return false;
        char p = text[i - 1];
        if (p is >= '\u00C2' and <= '\u00DF') return true;
        return p is '\u0302' or '\u0303' && i >= 2 && text[i - 2] == 'A';
    }

    private static bool IsLetterOrDigitPair(string text, int i, int end) =>
        char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1])
        && Rune.IsLetterOrDigit(new Rune(text[i], text[i + 1]));

    private static bool IsSingleLetterSegment(string text, int wordStart, int dot)
    {
        // The segment before this dot is a single letter: "U" in U.S, "a" in a.m.
        int segStart = dot - 1;
        return segStart >= wordStart && char.IsLetter(text[segStart]) && (segStart == wordStart || text[segStart - 1] == '.');
    }
}
