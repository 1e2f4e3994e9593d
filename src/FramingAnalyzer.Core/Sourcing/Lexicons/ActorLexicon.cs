using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Named people and bodies (<c>actors.csv</c>: pattern,canonical,affiliation,source_type). Patterns match whole tokens,
/// case-insensitively, longest first. The shipped file holds bodies of real news that role words cannot type (United
/// Nations agencies, the Red Cross, rights groups, wire agencies); a corpus adds its own people and bodies (its
/// <c>.framing/actors.csv</c>, or <c>--add-actors</c>), which win over the shipped rows for the same pattern.
/// Replaceable with <c>--actors</c>.
/// </summary>
public sealed class ActorLexicon
{
    private readonly PhraseTrie<Actor> _patterns;

    private ActorLexicon(IReadOnlyList<string> paths, PhraseTrie<Actor> patterns, IReadOnlyList<string> affiliations)
    {
        Paths = paths;
        _patterns = patterns;
        Affiliations = affiliations;
    }

    /// <summary>The files read, in the order read (the first file's row wins for a pattern in two files).</summary>
    public IReadOnlyList<string> Paths { get; }
    /// <summary>The distinct affiliations, sorted (ordinal).</summary>
    public IReadOnlyList<string> Affiliations { get; }
    public int PatternCount => _patterns.Count;

    public static ActorLexicon Load(string path) => Load([path]);

    /// <summary>Several actor files as one lexicon; for a pattern in more than one file the first file's row wins.</summary>
    public static ActorLexicon Load(IReadOnlyList<string> paths)
    {
        var patterns = new PhraseTrie<Actor>();
        var byCanonical = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        var affiliations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths) Read(path, patterns, byCanonical, affiliations);
        return new ActorLexicon(paths, patterns, affiliations.ToArray());
    }

    private static void Read(string path, PhraseTrie<Actor> patterns, Dictionary<string, Actor> byCanonical, SortedSet<string> affiliations)
    {
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
    }

    /// <summary>The longest actor pattern starting at token <paramref name="start"/> (length in tokens, 0 when none).</summary>
    internal int Match(DocumentText text, int start, int limit, out Actor actor)
    {
        int length = _patterns.Match(text.Normalised, text.Document.Tokens, start, limit, out actor);
        return length == 1 && !WrittenAsAcronym(text, start, actor) ? 0 : length;
    }

    /// <summary>The longest actor mention inside [start, limit), rightmost on ties.</summary>
    internal PhraseMatch<Actor>? Longest(DocumentText text, int start, int limit) =>
        _patterns.Longest(text.Normalised, text.Document.Tokens, start, limit) is { } found && (found.Length > 1 || WrittenAsAcronym(text, found.Start, found.Value)) ? found : null;

    /// <summary>The longest one-token pattern that may match a word not written in capitals.</summary>
    private const int MaxAcronym = 3;

    /// <summary>
    /// A one-word match of three letters or fewer is an acronym ("UN", "AP", "CBO") and matches only a word written in
    /// capitals ("Kim Jong Un" names no United Nations, "Ap" no news agency), or written as the canonical name ("Vox").
    /// </summary>
    private static bool WrittenAsAcronym(DocumentText text, int t, Actor actor)
    {
        var word = text.Document.Text.AsSpan(text.Document.Tokens[t].Start, text.Document.Tokens[t].Length);
        if (word.Length > MaxAcronym || word.SequenceEqual(actor.Canonical)) return true;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }
}
