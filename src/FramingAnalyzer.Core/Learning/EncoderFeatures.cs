using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Learning;

/// <summary>
/// The encoder's vector of each input's text as a model feature, multiplied by the model's encoder scale. Not
/// normalised, so that a linear model's score is linear in the static tier's token vectors and can be computed from
/// per-token projections (<see cref="Encoders.StaticProjection"/>). The same code fills training rows and scoring rows.
/// </summary>
public static class EncoderFeatures
{
    /// <summary>Chosen by 5-fold cross-validation on the training sets (docs/models.md).</summary>
    public const float DefaultScale = 2f;

    public static float[][] Compute(ITextEncoder encoder, float scale, IReadOnlyList<string> texts)
    {
        var rows = new float[texts.Count][];
        for (int i = 0; i < rows.Length; i++) rows[i] = new float[ModelInputRow.EmbeddingWidth];
        if (encoder.Dimension != ModelInputRow.EmbeddingWidth)
        {
            throw new ModelLoadException($"The encoder {encoder.Name} gives {encoder.Dimension} numbers per text; models take {ModelInputRow.EmbeddingWidth}.");
        }
        encoder.Encode(texts, rows);
        foreach (var row in rows) System.Numerics.Tensors.TensorPrimitives.Multiply(row, scale, row);
        return rows;
    }
}
