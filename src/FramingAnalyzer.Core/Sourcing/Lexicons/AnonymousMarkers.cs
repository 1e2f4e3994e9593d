using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Phrases that mark an unnamed source (<c>anonymous_markers.csv</c>: pattern), such as "sources", "a senior official" or
/// "on condition of anonymity". A marker that starts with an indefinite article ("a senior official", "an official")
/// also marks any indefinite source phrase with the same head noun ("a senior Interior Ministry official").
/// </summary>
public sealed class AnonymousMarkers
{
    private static readonly HashSet<string> Indefinite = new(StringComparer.Ordinal) { "a", "an", "one", "another" };

    private readonly PhraseTrie<int> _patterns;
    private readonly HashSet<string> _indefiniteHeads;

    private AnonymousMarkers(string path, PhraseTrie<int> patterns, HashSet<string> indefiniteHeads)
    {
        Path = path;
        _patterns = patterns;
        _indefiniteHeads = indefiniteHeads;
    }

    public string Path { get; }
    public int PatternCount => _patterns.Count;

    public static AnonymousMarkers Load(string path)
    {
        var patterns = new PhraseTrie<int>();
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, field) in LexiconFileReader.Rows(path, "pattern"))
        {
            var tokens = LexiconText.PatternTokens(LexiconRows.Required(path, line, field, "pattern"));
            if (tokens.Length == 0) throw new LexiconException($"{path}:{line}: the pattern has no words.");
            patterns.Add(tokens, tokens.Length);
            if (tokens.Length >= 2 && Indefinite.Contains(tokens[0])) heads.Add(tokens[^1]);
        }
        return new AnonymousMarkers(path, patterns, heads);
    }

    /// <summary>True when a marker of at least <paramref name="minTokens"/> tokens occurs inside [start, limit).</summary>
    internal bool Occurs(string normalisedText, Token[] tokens, int start, int limit, int minTokens = 1)
    {
        for (int t = start; t < limit; t++)
        {
            if (_patterns.Match(normalisedText, tokens, t, limit, out _) >= minTokens) return true;
        }
        return false;
    }

    /// <summary>True when the phrase [start, limit) opens with an indefinite article and ends in a marker's head noun.</summary>
    internal bool IsIndefiniteUnnamed(string normalisedText, Token[] tokens, int start, int limit)
    {
        if (limit - start < 2) return false;
        var first = normalisedText.AsSpan(tokens[start].Start, tokens[start].Length);
        var last = normalisedText.AsSpan(tokens[limit - 1].Start, tokens[limit - 1].Length);
        return Indefinite.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)
            && _indefiniteHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last);
    }
}
