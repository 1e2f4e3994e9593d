using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Sourcing;

/// <summary>Reading a mention's words: its normalised words, the words without leading determiners and titles, whether
/// it is a name, an acronym, a body, plural or a coordination, and the gender its words tell.</summary>
internal static class MentionText
{
    internal static string[] Words(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        var words = new List<string>(end - start);
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) words.Add(text.Normalised.Substring(tokens[t].Start, tokens[t].Length));
        }
        // A possessor of a noun cue ("Trump's claim") is the same mention as "Trump".
        if (words.Count > 0 && words[^1] is { Length: > 2 } last)
        {
            if (last.EndsWith("'s", StringComparison.Ordinal)) words[^1] = last[..^2];
            else if (last.EndsWith("s'", StringComparison.Ordinal)) words[^1] = last[..^1];
        }
        return words.ToArray();
    }

    /// <summary>Drops leading determiners and titles ("the", "Mr", "Defence Minister"), keeping at least the last word.</summary>
    internal static string[] Strip(string[] words)
    {
        int s = 0;
        while (s < words.Length - 1 && (GrammarWords.Honorifics.Contains(words[s]) || GrammarWords.Determiners.Contains(words[s]))) s++;
        return s == 0 ? words : words[s..];
    }

    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    /// <summary>Whether an actor's canonical name is a body's: a body noun or acronym in it ("Defence Ministry", "NATO"),
    /// or one word alone ("PolitiFact", "Gallup"): people are listed by given name and surname.</summary>
    internal static bool LooksLikeBody(string canonical)
    {
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 || words.Any(w => GrammarWords.OrgNouns.Contains(LexiconText.Normalise(w)) || IsAcronym(w));
    }

    internal static bool LooksPlural(string canonical)
    {
        var last = LexiconText.Normalise(canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "");
        return GrammarWords.PluralNouns.Contains(last) || (last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss") && !last.EndsWith("us"));
    }

    /// <summary>[start, end) is a name: one to six tokens, all capitalised words or titles with a period.</summary>
    internal static bool IsName(DocumentText text, int start, int end)
    {
        if (end <= start || end - start > 6) return false;
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) return false;
        }
        return true;
    }

    /// <summary>Names joined by "and" that are not one body's name ("Chancellor Ilse Varga and President Luc Morel", not
    /// "the Department of Health and Human Services"): a group that "they" can refer to.</summary>
    internal static bool IsCoordination(string[] words, bool org) => !org && Array.IndexOf(words, "and") is > 0 and var i && i < words.Length - 1;

    /// <summary>The gender a common given name followed by a surname tells ("Keith Lamont Scott", "President Barack
    /// Obama"), '?' when the name has none.</summary>
    internal static char GenderOfName(DocumentText text, int start, int end, ResolutionWords words)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t + 1 < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) continue;
            if (tokens[t + 1].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t + 1].Start])) continue;
            char gender = words.GenderOfGivenName(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length));
            if (gender != '?') return gender;
        }
        return '?';
    }

    internal static char GenderOf(DocumentText text, MentionParts parts)
    {
        char gender = GenderOf(text, parts.HeadStart, parts.HeadEnd);
        return gender != '?' ? gender : GenderOf(text, parts.AppositionStart, parts.AppositionEnd);
    }

    /// <summary>The gender the first gendered word of [start, end) tells ("he", "spokeswoman", "Mr"), '?' when none does.</summary>
    private static char GenderOf(DocumentText text, int start, int end)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            // One grammar-mask lookup answers both sets.
            ulong mask = GrammarWords.MaskOf(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length));
            if ((mask & GrammarWords.MaleWords.Mask) != 0) return 'm';
            if ((mask & GrammarWords.FemaleWords.Mask) != 0) return 'f';
        }
        return '?';
    }
}
