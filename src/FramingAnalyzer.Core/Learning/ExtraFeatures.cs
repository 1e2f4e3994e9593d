namespace FramingAnalyzer.Learning;

/// <summary>
/// A named function from an input to at most <see cref="ModelInputRow.ExtraFeatureCount"/> numbers, used both when
/// training and when scoring. A model records the name so it is never scored with different features.
/// </summary>
public sealed record ExtraFeatures(string Name, Action<ClassifierInput, float[]> Compute);
