using System.Collections.Concurrent;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The encoder's contribution to the cue detector's score of a word (<see cref="StaticProjection.AddTo"/> with one
/// class), computed once per distinct word: a word's contribution depends on nothing but the word, and the same
/// candidate words come back article after article, each time costing a WordPiece tokenisation and a vocabulary search.
/// Thread-safe, bounded like <see cref="LexiconSimilarity"/>'s cache.
/// </summary>
internal sealed class WordLogits
{
    private const int CacheLimit = 200_000;
    private readonly StaticProjection _projection;
    private readonly ConcurrentDictionary<string, float> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordLogits(StaticProjection projection)
    {
        _projection = projection;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The logit <see cref="StaticProjection.AddTo"/> adds for <paramref name="word"/> to a score of zero.</summary>
    public float Of(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out float known)) return known;
        Span<float> logit = stackalloc float[1];
        _projection.AddTo(word, logit);
        if (_cache.Count < CacheLimit) _lookup.TryAdd(word, logit[0]);
        return logit[0];
    }
}
