using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The words source resolution reads as knowledge: speaker nouns, which make a phrase the voice of the body after them
/// ("a spokesman for the Harbour Board" is the Harbour Board: <c>speaker_nouns.csv</c>), and generic body nouns, which
/// "the X" uses for a body named before, with the source types they fit ("the group" → an armed group, NGO or party:
/// <c>generic_bodies.csv</c>, types separated by |), and common given names with the gender they usually name, which
/// let "she" pass over "Keith Scott" (<c>given_names.csv</c>: m or f; names common for both are left out).
/// </summary>
public sealed class ResolutionWords
{
    private static readonly Lazy<ResolutionWords> ShippedValue = new(() =>
        Load(ToolData.Lexicon("speaker_nouns.csv"), ToolData.Lexicon("generic_bodies.csv"), ToolData.Lexicon("given_names.csv")));

    private ResolutionWords(WordSet speakerNouns, IReadOnlyDictionary<string, string[]> genericBodies, Dictionary<string, char> givenNames,
        IReadOnlyList<string> paths)
    {
        SpeakerNouns = speakerNouns;
        GenericBodies = genericBodies;
        GivenNames = givenNames;
        _givenNames = givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Paths = paths;
    }

    private readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> _givenNames;

    public static ResolutionWords Shipped => ShippedValue.Value;

    internal WordSet SpeakerNouns { get; }
    internal IReadOnlyDictionary<string, string[]> GenericBodies { get; }
    /// <summary>Given name (normalised) → 'm' or 'f'.</summary>
    internal IReadOnlyDictionary<string, char> GivenNames { get; }

    /// <summary>'m' or 'f' for a common given name, '?' for any other word.</summary>
    internal char GenderOfGivenName(ReadOnlySpan<char> word) => _givenNames.TryGetValue(word, out char gender) ? gender : '?';
    public IReadOnlyList<string> Paths { get; }

    /// <param name="givenNamesCsv">Optional: without it no given name tells a gender.</param>
    public static ResolutionWords Load(string speakerNounsCsv, string genericBodiesCsv, string? givenNamesCsv = null)
    {
        var speakers = new List<string>();
        foreach (var (line, field) in LexiconFileReader.Rows(speakerNounsCsv, "pattern"))
        {
            var word = LexiconText.Normalise(LexiconRows.Required(speakerNounsCsv, line, field, "pattern"));
            if (word.Contains(' ')) throw new LexiconException($"{speakerNounsCsv}:{line}: a speaker noun is one word, not '{word}'.");
            speakers.Add(word);
        }
        var bodies = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (line, field) in LexiconFileReader.Rows(genericBodiesCsv, "pattern", "source_types"))
        {
            var word = LexiconText.Normalise(LexiconRows.Required(genericBodiesCsv, line, field, "pattern"));
            if (word.Contains(' ')) throw new LexiconException($"{genericBodiesCsv}:{line}: a generic body noun is one word, not '{word}'.");
            var types = LexiconRows.Required(genericBodiesCsv, line, field, "source_types")
                .Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(LexiconText.Normalise).ToArray();
            if (types.FirstOrDefault(t => !SourceTypes.IsKnown(t)) is { } unknown)
            {
                throw new LexiconException($"{genericBodiesCsv}:{line}: unknown source type '{unknown}'; expected one of {string.Join(", ", SourceTypes.All)}.");
            }
            bodies[word] = types;
        }
        var names = new Dictionary<string, char>(StringComparer.Ordinal);
        if (givenNamesCsv is not null)
        {
            foreach (var (line, field) in LexiconFileReader.Rows(givenNamesCsv, "name", "gender"))
            {
                var name = LexiconText.Normalise(LexiconRows.Required(givenNamesCsv, line, field, "name"));
                var gender = LexiconRows.Required(givenNamesCsv, line, field, "gender").Trim();
                if (name.Contains(' ')) throw new LexiconException($"{givenNamesCsv}:{line}: a given name is one word, not '{name}'.");
                if (gender is not ("m" or "f")) throw new LexiconException($"{givenNamesCsv}:{line}: gender is m or f, not '{gender}'.");
                names[name] = gender[0];
            }
        }
        return new ResolutionWords(new WordSet([.. speakers]), bodies, names, givenNamesCsv is null ? [speakerNounsCsv, genericBodiesCsv] : [speakerNounsCsv, genericBodiesCsv, givenNamesCsv]);
    }
}
