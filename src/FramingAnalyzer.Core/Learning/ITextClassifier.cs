namespace FramingAnalyzer.Learning;

/// <summary>
/// A trained classifier for one task (loaded, function, source_type). Thread-safe; predicts in batches.
/// For the binary loaded task, <see cref="ClassifierPrediction.Probability"/> of label "loaded" is P(loaded).
/// </summary>
public interface ITextClassifier
{
    string Task { get; }
    IReadOnlyList<string> Labels { get; }
    ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs);
}
