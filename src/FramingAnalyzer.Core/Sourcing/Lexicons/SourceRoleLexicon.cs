using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Role words that settle a source's type (<c>source_roles.csv</c>: pattern,source_type), e.g. "minister" → official,
/// "retired general" → expert. Where patterns overlap, the longest match wins.
/// </summary>
public sealed class SourceRoleLexicon
{
    private readonly PhraseTrie<string> _patterns;

    private SourceRoleLexicon(string path, PhraseTrie<string> patterns)
    {
        Path = path;
        _patterns = patterns;
    }

    public string Path { get; }
    public int PatternCount => _patterns.Count;

    public static SourceRoleLexicon Load(string path)
    {
        var patterns = new PhraseTrie<string>();
        foreach (var (line, field) in LexiconFileReader.Rows(path, "pattern", "source_type"))
        {
            var pattern = LexiconRows.Required(path, line, field, "pattern");
            var typeText = LexiconRows.Required(path, line, field, "source_type");
            var type = LexiconText.Normalise(typeText);
            if (!SourceTypes.IsKnown(type))
            {
                throw new LexiconException($"{path}:{line}: unknown source_type '{typeText}'; expected one of {string.Join(", ", SourceTypes.All)}.");
            }
            var tokens = LexiconText.PatternTokens(pattern);
            if (tokens.Length == 0) throw new LexiconException($"{path}:{line}: the pattern has no words.");
            patterns.Add(tokens, type);
        }
        return new SourceRoleLexicon(path, patterns);
    }

    /// <summary>The longest role match inside [start, limit), rightmost on ties.</summary>
    internal PhraseMatch<string>? Longest(string normalisedText, Token[] tokens, int start, int limit) =>
        _patterns.Longest(normalisedText, tokens, start, limit);
}
