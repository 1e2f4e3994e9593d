using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The words source resolution reads as knowledge: speaker nouns, which make a phrase the voice of the body after them
/// ("a spokesman for the Harbour Board" is the Harbour Board: <c>speaker_nouns.csv</c>), and generic body nouns, which
/// "the X" uses for a body named before, with the source types they fit ("the group" → an armed group, NGO or party:
/// <c>generic_bodies.csv</c>, types separated by |).
/// </summary>
public sealed class ResolutionWords
{
    private static readonly Lazy<ResolutionWords> ShippedValue = new(() =>
        Load(ToolData.Lexicon("speaker_nouns.csv"), ToolData.Lexicon("generic_bodies.csv")));

    private ResolutionWords(WordSet speakerNouns, IReadOnlyDictionary<string, string[]> genericBodies, IReadOnlyList<string> paths)
    {
        SpeakerNouns = speakerNouns;
        GenericBodies = genericBodies;
        Paths = paths;
    }

    public static ResolutionWords Shipped => ShippedValue.Value;

    internal WordSet SpeakerNouns { get; }
    internal IReadOnlyDictionary<string, string[]> GenericBodies { get; }
    public IReadOnlyList<string> Paths { get; }

    public static ResolutionWords Load(string speakerNounsCsv, string genericBodiesCsv)
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
        return new ResolutionWords(new WordSet([.. speakers]), bodies, [speakerNounsCsv, genericBodiesCsv]);
    }
}
