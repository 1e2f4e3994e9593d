namespace FramingAnalyzer.Loaded;

/// <summary>
/// A lexicon pattern: one or more words matched case-insensitively on token boundaries; a word ending in <c>*</c> matches
/// any token starting with that stem (<c>slaughter*</c> = slaughter, slaughtered, slaughtering). Curly apostrophes
/// count as straight ones.
/// </summary>
public sealed record TermPattern(string Text, string[] Words, bool[] IsPrefix)
{
    public static TermPattern Parse(string text)
    {
        var words = text.Trim().ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new FormatException("empty pattern");
        var prefix = new bool[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].EndsWith('*'))
            {
                words[i] = words[i][..^1];
                prefix[i] = true;
                if (words[i].Length < 3) throw new FormatException($"stem '{words[i]}*' is too short to match safely (at least 3 letters)");
            }
        }
        return new TermPattern(text.Trim(), words, prefix);
    }

    public bool WordMatches(int index, ReadOnlySpan<char> normalisedToken) =>
        IsPrefix[index] ? normalisedToken.StartsWith(Words[index], StringComparison.Ordinal) : normalisedToken.SequenceEqual(Words[index]);
}
