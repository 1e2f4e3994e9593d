using Microsoft.ML.Data;

namespace FramingAnalyzer.Learning;

/// <summary>The ML.NET input schema shared by all tasks: text, optional context, extra numeric features, the encoder's vector and the label.</summary>
public sealed class ModelInputRow
{
    public const int ExtraFeatureCount = 8;
    /// <summary>The encoder's width (the static table's dimensions after projection); zeros when a model uses no encoder.</summary>
    public const int EmbeddingWidth = Encoders.StaticVectorDistiller.DefaultDimension;

    public string Text { get; set; } = "";
    public string Context { get; set; } = "";

    [VectorType(ExtraFeatureCount)]
    public float[] Extra { get; set; } = new float[ExtraFeatureCount];

    [VectorType(EmbeddingWidth)]
    public float[] Embedding { get; set; } = new float[EmbeddingWidth];

    public string Label { get; set; } = "";
}
