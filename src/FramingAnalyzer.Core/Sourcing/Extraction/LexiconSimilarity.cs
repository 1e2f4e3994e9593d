using System.Collections.Concurrent;
using System.Numerics.Tensors;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// How close a word is to the reporting verbs of the lexicon in the static encoder's space: the cosine of its vector with
/// the nearest single-word form, and the mean over the three nearest. In training, a lexicon word is compared with the
/// forms of the other lemmas only, so that it is seen as a verb the lexicon would not know, as at run time. Words seen at
/// run time are remembered (up to <see cref="CacheLimit"/> of them), so a word type costs one comparison per process.
/// </summary>
internal sealed class LexiconSimilarity
{
    private const int CacheLimit = 200_000;
    private readonly StaticVectors _table;
    private readonly float[] _forms; // unit vectors, form-major
    private readonly string[] _lemmas;
    private readonly int _dimension;
    private readonly ConcurrentDictionary<string, (float Max, float Top3)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (float Max, float Top3)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LexiconSimilarity(StaticVectors table, ReportingVerbLexicon verbs)
    {
        _table = table;
        _dimension = table.Dimension;
        var single = verbs.FormList.Where(f => !f.Form.Contains(' ')).Distinct().ToList();
        _forms = new float[single.Count * _dimension];
        _lemmas = new string[single.Count];
        for (int i = 0; i < single.Count; i++)
        {
            var row = _forms.AsSpan(i * _dimension, _dimension);
            table.Encode(single[i].Form, row);
            Normalise(row);
            _lemmas[i] = single[i].Lemma;
        }
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The similarities of a word the lexicon does not know (cached).</summary>
    public (float Max, float Top3) Of(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var known)) return known;
        var value = Compute(word, null);
        if (_cache.Count < CacheLimit) _lookup.TryAdd(word, value);
        return value;
    }

    /// <summary>The similarities of a word, leaving out the forms of <paramref name="exceptLemma"/> (not cached).</summary>
    public (float Max, float Top3) Compute(ReadOnlySpan<char> word, string? exceptLemma)
    {
        Span<float> vector = stackalloc float[_dimension];
        _table.Encode(word, vector);
        if (!Normalise(vector)) return (0, 0);
        float a = -1, b = -1, c = -1;
        for (int i = 0; i < _lemmas.Length; i++)
        {
            if (exceptLemma is not null && _lemmas[i] == exceptLemma) continue;
            float s = TensorPrimitives.Dot(vector, _forms.AsSpan(i * _dimension, _dimension));
            if (s > a) { c = b; b = a; a = s; }
            else if (s > b) { c = b; b = s; }
            else if (s > c) c = s;
        }
        return (a, (a + b + c) / 3);
    }

    private static bool Normalise(Span<float> v)
    {
        float norm = TensorPrimitives.Norm(v);
        if (norm <= 0) return false;
        TensorPrimitives.Multiply(v, 1 / norm, v);
        return true;
    }
}
