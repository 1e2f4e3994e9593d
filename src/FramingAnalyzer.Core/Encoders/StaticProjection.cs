using System.Runtime.Intrinsics;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// A linear model's view of the static table: each token's vector already multiplied by the model's weights, so that
/// the encoder's contribution to a text's class scores is the weighted mean of a few numbers per token instead of a
/// mean over the table's full width followed by a dot product. Same result (the mean is linear), a table small enough
/// for the cache (tokens × classes floats). Built once per model when it is loaded.
/// </summary>
public sealed class StaticProjection
{
    private readonly StaticVectors _table;
    private readonly float[] _projected; // token-major: classes floats per token, already weighted by the token's weight
    private readonly int _classes;

    /// <param name="weights">The model's weights for the encoder's slots, slot-major (all classes of slot 0, then slot 1...).</param>
    /// <param name="scale">The factor the encoder's vector is multiplied by before the weights apply.</param>
    internal StaticProjection(StaticVectors table, ReadOnlySpan<float> weights, int classes, float scale)
        : this(table, weights, classes, scale, eightAtATime: Vector256.IsHardwareAccelerated)
    {
    }

    /// <param name="eightAtATime">Whether to project eight tokens per step in vector lanes (the same bits; false for tests).</param>
    internal StaticProjection(StaticVectors table, ReadOnlySpan<float> weights, int classes, float scale, bool eightAtATime)
    {
        _table = table;
        _classes = classes;
        int dimension = table.Dimension, tokens = table.Tokenizer.Vocabulary.Count;
        _projected = new float[tokens * classes];
        var vector = new float[dimension];
        int t = eightAtATime ? ProjectEightAtATime(table, weights, classes, scale) : 0;
        for (; t < tokens; t++)
        {
            table.VectorOf(t, vector);
            for (int c = 0; c < classes; c++)
            {
                double sum = 0;
                for (int d = 0; d < dimension; d++) sum += weights[d * classes + c] * vector[d];
                _projected[t * classes + c] = (float)(sum * scale * table.WeightOf(t));
            }
        }
    }

    /// <summary>
    /// The loop above for eight tokens at once, one per lane: each lane multiplies in single precision and adds in
    /// double precision in the same order as the loop, so the same bits (a run loads three or four models, each
    /// projecting the whole table; this was a third of loading). Returns the first token left for the loop.
    /// </summary>
    private int ProjectEightAtATime(StaticVectors table, ReadOnlySpan<float> weights, int classes, float scale)
    {
        const int lanes = 8;
        int dimension = table.Dimension, tokens = table.Tokenizer.Vocabulary.Count;
        var vector = new float[dimension];
        var block = new float[dimension * lanes]; // block[d * lanes + k]: dimension d of token t + k
        int t = 0;
        for (; t + lanes <= tokens; t += lanes)
        {
            for (int k = 0; k < lanes; k++)
            {
                table.VectorOf(t + k, vector);
                for (int d = 0; d < dimension; d++) block[d * lanes + k] = vector[d];
            }
            for (int c = 0; c < classes; c++)
            {
                Vector256<double> low = Vector256<double>.Zero, high = Vector256<double>.Zero;
                for (int d = 0; d < dimension; d++)
                {
                    var products = Vector256.Create(weights[d * classes + c]) * Vector256.Create<float>(block.AsSpan(d * lanes, lanes));
                    var (productsLow, productsHigh) = Vector256.Widen(products);
                    low += productsLow;
                    high += productsHigh;
                }
                for (int k = 0; k < lanes; k++)
                {
                    double sum = k < 4 ? low[k] : high[k - 4];
                    _projected[(t + k) * classes + c] = (float)(sum * scale * table.WeightOf(t + k));
                }
            }
        }
        return t;
    }

    /// <summary>Each token's class scores, token-major (for tests).</summary>
    internal ReadOnlySpan<float> Projected => _projected;

    [ThreadStatic] private static List<int>? t_ids;

    /// <summary>Adds the encoder's contribution for a text to the class scores.</summary>
    public void AddTo(ReadOnlySpan<char> text, Span<float> logits)
    {
        var ids = t_ids ??= new List<int>(64);
        ids.Clear();
        _table.Tokenizer.Tokenize(text, ids, wholeWords: true);
        float total = 0;
        Span<float> sums = stackalloc float[_classes];
        foreach (var id in ids)
        {
            total += _table.WeightOf(id);
            var row = _projected.AsSpan(id * _classes, _classes);
            for (int c = 0; c < _classes; c++) sums[c] += row[c];
        }
        if (total <= 0) return;
        for (int c = 0; c < _classes; c++) logits[c] += sums[c] / total;
    }
}
