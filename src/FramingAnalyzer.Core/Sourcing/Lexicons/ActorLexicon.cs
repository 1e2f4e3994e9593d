using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Named people and bodies (<c>actors.csv</c>: pattern,canonical,affiliation,source_type). Patterns match whole tokens,
/// case-insensitively, longest first. Replaceable with <c>--actors</c>.
/// </summary>
public sealed class ActorLexicon
{
    private readonly PhraseTrie<Actor> _patterns;

    private ActorLexicon(string path, PhraseTrie<Actor> patterns, IReadOnlyList<string> affiliations)
    {
        Path = path;
        _patterns = patterns;
        Affiliations = affiliations;
    }

    public string Path { get; }
    /// <summary>The distinct affiliations, sorted (ordinal).</summary>
    public IReadOnlyList<string> Affiliations { get; }
    public int PatternCount => _patterns.Count;

    public static ActorLexicon Load(string path)
    {
        var patterns = new PhraseTrie<Actor>();
        var byCanonical = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        var affiliations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (line, field) in LexiconFileReader.Rows(path, "pattern", "canonical", "affiliation", "source_type"))
        {
            var pattern = LexiconRows.Required(path, line, field, "pattern");
            var canonical = LexiconRows.Required(path, line, field, "canonical");
            var affiliationText = LexiconRows.Required(path, line, field, "affiliation");
            var typeText = LexiconRows.Required(path, line, field, "source_type");
            var affiliation = LexiconText.Normalise(affiliationText);
            var type = LexiconText.Normalise(typeText);
            if (!ReportingVerbLexicon.IsIdentifier(affiliation))
            {
                throw new LexiconException($"{path}:{line}: the affiliation '{affiliationText}' must be a lowercase word (letters, digits, _).");
            }
            if (!SourceTypes.IsKnown(type))
            {
                throw new LexiconException($"{path}:{line}: unknown source_type '{typeText}'; expected one of {string.Join(", ", SourceTypes.All)}.");
            }
            var tokens = LexiconText.PatternTokens(pattern);
            if (tokens.Length == 0) throw new LexiconException($"{path}:{line}: the pattern has no words.");
            if (!byCanonical.TryGetValue(canonical, out var actor) || actor.Affiliation != affiliation || actor.SourceType != type)
            {
                // One record per canonical name, unless a row gives the same name another side or type (e.g. a state broadcaster).
                actor = new Actor(canonical, affiliation, type);
                byCanonical.TryAdd(canonical, actor);
            }
            patterns.Add(tokens, actor);
            affiliations.Add(affiliation);
        }
        return new ActorLexicon(path, patterns, affiliations.ToArray());
    }

    /// <summary>The longest actor pattern starting at token <paramref name="start"/> (length in tokens, 0 when none).</summary>
    internal int Match(string normalisedText, Token[] tokens, int start, int limit, out Actor actor) =>
        _patterns.Match(normalisedText, tokens, start, limit, out actor);

    /// <summary>The longest actor mention inside [start, limit), rightmost on ties.</summary>
    internal PhraseMatch<Actor>? Longest(string normalisedText, Token[] tokens, int start, int limit) =>
        _patterns.Longest(normalisedText, tokens, start, limit);
}
