using Microsoft.ML.Data;

namespace FramingAnalyzer.Learning;

/// <summary>The ML.NET input schema shared by all tasks: text, optional context, extra numeric features and the label.</summary>
public sealed class ModelInputRow
{
    public const int ExtraFeatureCount = 8;

    public string Text { get; set; } = "";
    public string Context { get; set; } = "";

    [VectorType(ExtraFeatureCount)]
    public float[] Extra { get; set; } = new float[ExtraFeatureCount];

    public string Label { get; set; } = "";
}
