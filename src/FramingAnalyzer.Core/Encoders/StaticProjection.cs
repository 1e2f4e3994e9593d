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
    {
        _table = table;
        _classes = classes;
        int dimension = table.Dimension, tokens = table.Tokenizer.Vocabulary.Count;
        _projected = new float[tokens * classes];
        var vector = new float[dimension];
        for (int t = 0; t < tokens; t++)
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
