namespace FramingAnalyzer.Learning;

/// <summary>A predicted label with its probability (the model's calibrated or normalised score for that label).</summary>
public readonly record struct ClassifierPrediction(string Label, float Probability);
