using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A two-column lexicon of phrases and the value each one gives (pattern,VALUE): a country for "russian", a party for
/// "democrat", a source type for "ministry". Patterns are matched on the document's normalised tokens; where they
/// overlap, the longest wins.
/// </summary>
public sealed class PhraseLexicon
{
    private readonly PhraseTrie<string> _patterns;
    private readonly Dictionary<string, string> _words;

    private PhraseLexicon(string path, PhraseTrie<string> patterns, Dictionary<string, string> words)
    {
        Path = path;
        _patterns = patterns;
        _words = words;
    }

    public string Path { get; }
    public int PatternCount => _patterns.Count;
    /// <summary>The distinct values, in file order.</summary>
    public IReadOnlyList<string> Values { get; private init; } = [];

    /// <summary>Loads PATH with columns pattern and <paramref name="valueColumn"/>; <paramref name="check"/> may reject a
    /// value by returning why (the error then names the file and line).</summary>
    public static PhraseLexicon Load(string path, string valueColumn, Func<string, string?>? check = null)
    {
        var patterns = new PhraseTrie<string>();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new List<string>();
        foreach (var (line, field) in LexiconFileReader.Rows(path, "pattern", valueColumn))
        {
            var pattern = LexiconRows.Required(path, line, field, "pattern");
            var value = LexiconRows.Required(path, line, field, valueColumn).Trim();
            if (check?.Invoke(value) is { } problem) throw new LexiconException($"{path}:{line}: {problem}");
            var tokens = LexiconText.PatternTokens(pattern);
            if (tokens.Length == 0) throw new LexiconException($"{path}:{line}: the pattern has no words.");
            if (patterns.Add(tokens, value) && tokens.Length == 1) words[tokens[0]] = value;
            if (!values.Contains(value)) values.Add(value);
        }
        return new PhraseLexicon(path, patterns, words) { Values = values };
    }

    /// <summary>The longest match inside [start, limit), rightmost on ties.</summary>
    internal PhraseMatch<string>? Longest(string normalisedText, Token[] tokens, int start, int limit) =>
        _patterns.Longest(normalisedText, tokens, start, limit);

    /// <summary>The value of a one-word pattern, given the word normalised.</summary>
    internal string? OfWord(string normalisedWord) => _words.GetValueOrDefault(normalisedWord);

    /// <summary>The value of a pattern covering exactly [start, end), if any.</summary>
    internal string? Exactly(string normalisedText, Token[] tokens, int start, int end) =>
        start < end && _patterns.Match(normalisedText, tokens, start, end, out var value) == end - start ? value : null;
}
