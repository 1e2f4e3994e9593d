using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Role words that settle a source's type (<c>source_roles.csv</c>: pattern,source_type and an optional principal
/// column, yes, speaks, leans or named for roles that take their principal's type: <see cref="SourceRole"/>), e.g. "minister" →
/// official, "retired general" → expert.
/// </summary>
public sealed class SourceRoleLexicon
{
    private readonly PhraseTrie<SourceRole> _patterns;

    private SourceRoleLexicon(string path, PhraseTrie<SourceRole> patterns)
    {
        Path = path;
        _patterns = patterns;
    }

    public string Path { get; }
    public int PatternCount => _patterns.Count;

    public static SourceRoleLexicon Load(string path)
    {
        var patterns = new PhraseTrie<SourceRole>();
        foreach (var (line, field) in LexiconFileReader.Rows(path, "pattern", "source_type"))
        {
            var pattern = LexiconRows.Required(path, line, field, "pattern");
            var typeText = LexiconRows.Required(path, line, field, "source_type");
            var type = LexiconText.Normalise(typeText);
            if (!SourceTypes.IsKnown(type))
            {
                throw new LexiconException($"{path}:{line}: unknown source_type '{typeText}'; expected one of {string.Join(", ", SourceTypes.All)}.");
            }
            var role = LexiconText.Normalise(field("principal")) switch
            {
                "" or "no" => new SourceRole(type, ForPrincipal: false),
                "yes" => new SourceRole(type, ForPrincipal: true),
                "speaks" => new SourceRole(type, ForPrincipal: true, SpeaksForPrincipal: true),
                "leans" => new SourceRole(type, ForPrincipal: true, ByParty: false),
                "named" => new SourceRole(type, ForPrincipal: true, ByParty: false, ByRoleWord: false),
                var other => throw new LexiconException($"{path}:{line}: the column 'principal' must be yes, speaks, leans, named, no or empty, not '{other}'."),
            };
            var tokens = LexiconText.PatternTokens(pattern);
            if (tokens.Length == 0) throw new LexiconException($"{path}:{line}: the pattern has no words.");
            patterns.Add(tokens, role);
        }
        return new SourceRoleLexicon(path, patterns);
    }

    /// <summary>The longest role match inside [start, limit), rightmost on ties.</summary>
    internal PhraseMatch<SourceRole>? Longest(string normalisedText, Token[] tokens, int start, int limit) =>
        _patterns.Longest(normalisedText, tokens, start, limit);

    /// <summary>How many tokens the longest role starting at <paramref name="start"/> covers within the limit; 0 for none.</summary>
    internal int LengthAt(string normalisedText, Token[] tokens, int start, int limit) =>
        _patterns.Match(normalisedText, tokens, start, limit, out _);

    /// <summary>How many tokens (up to <paramref name="maxWords"/>) of a role end right before <paramref name="end"/>,
    /// the longest; 0 when none does ("campaign chairman" before "John Podesta").</summary>
    internal int LengthEndingAt(string normalisedText, Token[] tokens, int end, int maxWords = 3)
    {
        for (int k = Math.Min(maxWords, end); k >= 1; k--)
        {
            if (_patterns.Match(normalisedText, tokens, end - k, end, out _) == k) return k;
        }
        return 0;
    }

    /// <summary>
    /// The role of a noun phrase's head: among matches that start in [start, nounEnd) and end by <paramref name="limit"/>,
    /// the one ending last (an English head noun comes last: "Former White House doctor" is a doctor), the longest on ties
    /// ("retired general" over "general"); a courtesy title ("Dr.") only when no other role is there. A match may run past the
    /// head noun ("Secretary of State").
    /// </summary>
    internal PhraseMatch<SourceRole>? Head(string normalisedText, Token[] tokens, int start, int nounEnd, int limit)
    {
        PhraseMatch<SourceRole>? best = null, honorific = null;
        for (int t = start; t < nounEnd; t++)
        {
            int length = _patterns.Match(normalisedText, tokens, t, limit, out var role);
            if (length == 0) continue;
            var match = new PhraseMatch<SourceRole>(t, length, role);
            if (length == 1 && Honorifics.Contains(Word(normalisedText, tokens[t])))
            {
                honorific ??= match;
                continue;
            }
            if (best is not { } b || match.End > b.End || (match.End == b.End && match.Length > b.Length)) best = match;
        }
        return best ?? honorific;
    }

    /// <summary>Courtesy titles that say a person is a doctor, and lose to any other role in the head ("County health
    /// officer Dr. Lena Ruiz" is the county's officer; "Dr. Lena Ruiz" alone a doctor).</summary>
    private static readonly WordSet Honorifics = new("dr", "dr.");

    private static ReadOnlySpan<char> Word(string normalisedText, Token token) => normalisedText.AsSpan(token.Start, token.Length);
}
