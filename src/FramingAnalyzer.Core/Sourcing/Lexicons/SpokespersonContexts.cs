using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Words that name a body a spokesperson with no principal of their own may speak for, with that body's type
/// (<c>spokesperson_contexts.csv</c>: "campaign" political, "ministry" official). The shipped file unless a corpus's own
/// <c>.framing/spokesperson_contexts.csv</c> replaces it; several files (several corpora) are read in order, the first
/// file's type winning for a word.
/// </summary>
public sealed class SpokespersonContexts
{
    public const string FileName = "spokesperson_contexts.csv";

    private static readonly Lazy<SpokespersonContexts> ShippedValue = new(() => Load([ToolData.Lexicon(FileName)]));

    /// <summary>The file shipped in corpora/lexicons.</summary>
    public static SpokespersonContexts Shipped => ShippedValue.Value;

    private SpokespersonContexts(IReadOnlyList<string> paths, IReadOnlyDictionary<string, string> bodies)
    {
        Paths = paths;
        Bodies = bodies;
    }

    /// <summary>The files read, in order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Body word (normalised) → the source type of the body it names.</summary>
    public IReadOnlyDictionary<string, string> Bodies { get; }

    /// <summary>Loads the files; throws <see cref="LexiconException"/> naming the file and line of a bad row.</summary>
    public static SpokespersonContexts Load(IReadOnlyList<string> paths)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var (word, type) in LoadFile(path)) bodies.TryAdd(word, type);
        }
        return new SpokespersonContexts(paths, bodies);
    }

    private static IEnumerable<(string Word, string Type)> LoadFile(string path)
    {
        foreach (var (line, field) in LexiconFileReader.Rows(path, "pattern", "source_type"))
        {
            var word = LexiconText.Normalise(LexiconRows.Required(path, line, field, "pattern"));
            if (word.Contains(' ')) throw new LexiconException($"{path}:{line}: a body word is one word, not '{word}'.");
            var type = LexiconText.Normalise(LexiconRows.Required(path, line, field, "source_type"));
            if (!SourceTypes.IsKnown(type)) throw new LexiconException($"{path}:{line}: unknown source type '{type}'; expected one of {string.Join(", ", SourceTypes.All)}.");
            yield return (word, type);
        }
    }
}
