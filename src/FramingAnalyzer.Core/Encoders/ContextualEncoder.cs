using System.Collections.Concurrent;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// The contextual tier: the full transformer over each text (truncated to the model's 256 tokens), projected into the
/// static table's space so that both tiers share one set of axes. Each text is run alone (no padding), which keeps the
/// bits independent of batching and thread timing; distinct texts are cached (sources and boilerplate repeat), up to
/// <see cref="CacheLimit"/> entries. About 100 sentences per second per core.
/// </summary>
public sealed class ContextualEncoder(StaticVectors space, MiniLmTransformer transformer) : ITextEncoder
{
    public const int CacheLimit = 200_000;
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    /// <summary>The static table whose axes this tier projects onto (and whose vocabulary it shares).</summary>
    public StaticVectors Space => space;
    public string Name => $"{space.EncoderName}/contextual-{space.Dimension}";
    public string Fingerprint => space.Fingerprint;
    public int Dimension => space.Dimension;

    public void Encode(IReadOnlyList<string> texts, float[][] vectors)
    {
        var full = new float[1][];
        full[0] = new float[MiniLmTransformer.Width];
        var sequence = new int[1][];
        var ids = new List<int>(64);
        for (int i = 0; i < texts.Count; i++)
        {
            if (_cache.TryGetValue(texts[i], out var cached))
            {
                cached.CopyTo(vectors[i], 0);
                continue;
            }
            ids.Clear();
            space.Tokenizer.Tokenize(texts[i], ids);
            if (ids.Count == 0)
            {
                Array.Clear(vectors[i], 0, Dimension);
                continue;
            }
            int kept = Math.Min(ids.Count, MiniLmTransformer.MaxTokens - 2);
            var framed = new int[kept + 2];
            framed[0] = space.Tokenizer.ClassificationId;
            ids.CopyTo(0, framed, 1, kept);
            framed[^1] = space.Tokenizer.SeparatorId;
            sequence[0] = framed;
            transformer.Run(sequence, full);
            space.Project(full[0], vectors[i]);
            if (_cache.Count < CacheLimit) _cache.TryAdd(texts[i], (float[])vectors[i].Clone());
        }
    }
}
