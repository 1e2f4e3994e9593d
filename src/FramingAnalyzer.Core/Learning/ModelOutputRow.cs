using Microsoft.ML.Data;

namespace FramingAnalyzer.Learning;

/// <summary>The ML.NET output schema: the predicted label and the per-class scores (probabilities for maximum-entropy trainers).</summary>
public sealed class ModelOutputRow
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
