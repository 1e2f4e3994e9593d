using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Learning;

/// <summary>
/// The encoder's vector of each input's text as a model feature: L2-normalised, then scaled by the model's encoder scale.
/// The same code fills training rows and scoring rows, so a model sees the same features in both.
/// </summary>
public static class EncoderFeatures
{
    /// <summary>Chosen by 5-fold cross-validation on the training sets (docs/models.md).</summary>
    public const float DefaultScale = 1f;

    public static float[][] Compute(ITextEncoder encoder, float scale, IReadOnlyList<string> texts)
    {
        var rows = new float[texts.Count][];
        for (int i = 0; i < rows.Length; i++) rows[i] = new float[ModelInputRow.EmbeddingWidth];
        if (encoder.Dimension != ModelInputRow.EmbeddingWidth)
        {
            throw new ModelLoadException($"The encoder {encoder.Name} gives {encoder.Dimension} numbers per text; models take {ModelInputRow.EmbeddingWidth}.");
        }
        encoder.Encode(texts, rows);
        foreach (var row in rows) NormaliseAndScale(row, scale);
        return rows;
    }

    public static void NormaliseAndScale(Span<float> row, float scale)
    {
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(row);
        if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Multiply(row, scale / norm, row);
    }
}
