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

    /// <summary>Drops leading determiners and titles ("the", "Mr", "Defence Minister"), keeping at least the last word, and
    /// whatever stands before a courtesy title inside the mention: the name starts after it ("someone like Mr. Holm", "One
    /// of Mr. Holm's", "Should Mr. Holm" at a sentence start are all "holm") when the mention ends in the name
    /// (<paramref name="nameEnds"/>; not "advisers to Mr. Holm", who are not Mr. Holm, nor "Mr. Holm and Mr. Lind").</summary>
    internal static string[] Strip(string[] words, bool nameEnds = true)
    {
        int s = 0;
        while (s < words.Length - 1 && (GrammarWords.Honorifics.Contains(words[s]) || GrammarWords.Determiners.Contains(words[s]))) s++;
        for (int t = words.Length - 2; nameEnds && t >= s && Array.IndexOf(words, "and", s) < 0; t--)
        {
            if (CourtesyTitles.Contains(words[t]))
            {
                s = t + 1;
                break;
            }
        }
        return s == 0 ? words : words[s..];
    }

    private static readonly WordSet CourtesyTitles = new("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.");

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
    /// "the Department of Health and Human Services"): a group that "they" can refer to. Not when an indefinite article
    /// makes the phrase one person or thing ("a Food and Drug Administration official", "a doctor and author").</summary>
    internal static bool IsCoordination(string[] words, bool org) =>
        !org && Array.IndexOf(words, "and") is > 0 and var i && i < words.Length - 1 && words[0] is not ("a" or "an");

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

    /// <summary>A word written as a name: a capital, then lower case only ("Darla", not "DARLA", a transcript's speaker
    /// label, nor "darla").</summary>
    internal static bool IsCapitalisedName(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && !word[1..].ContainsAnyInRange('A', 'Z');

    internal static char GenderOf(DocumentText text, MentionParts parts)
    {
        char gender = GenderOf(text, parts.HeadStart, parts.HeadEnd);
        return gender != '?' ? gender : GenderOf(text, parts.AppositionStart, parts.AppositionEnd, ownWordsOnly: true);
    }

    /// <summary>The gender the first gendered word of [start, end) tells ("he", "spokeswoman", "Mr"), '?' when none does.
    /// With <paramref name="ownWordsOnly"/>, the words after a preposition or a relative pronoun speak of someone else ("a
    /// lawyer for the family of the man killed", "whose son serves"), as do all words of one that opens with "whose", and
    /// are not read.</summary>
    private static char GenderOf(DocumentText text, int start, int end, bool ownWordsOnly = false)
    {
        var tokens = text.Document.Tokens;
        for (int t = start; t < end; t++)
        {
            var word = text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length);
            if (ownWordsOnly && t > start && (GrammarWords.Prepositions.Contains(word) || word is "who" or "whose" or "which" or "that")) break;
            if (ownWordsOnly && word is "whose") break; // "Carol Denning, whose son died": the son is someone else
            // One grammar-mask lookup answers both sets.
            ulong mask = GrammarWords.MaskOf(word);
            if ((mask & GrammarWords.MaleWords.Mask) != 0) return 'm';
            if ((mask & GrammarWords.FemaleWords.Mask) != 0) return 'f';
        }
        return '?';
    }
}
