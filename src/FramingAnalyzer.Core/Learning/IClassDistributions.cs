namespace FramingAnalyzer.Learning;

/// <summary>
/// A classifier that can also give every class's probability, not only the best one's: for a caller that weighs the
/// model's answer against other evidence (the source-type model's answer against the types the rules gave the
/// article's other sources, <see cref="Sourcing.ArticleTypePrior"/>). <see cref="ITextClassifier.Predict(IReadOnlyList{ClassifierInput})"/>
/// computes exactly what it did before; only a caller of this overload pays for the copies.
/// </summary>
public interface IClassDistributions : ITextClassifier
{
    /// <summary>The class labels in the order of the probabilities the overload below fills in.</summary>
    IReadOnlyList<string> ClassLabels { get; }

    /// <summary>The same predictions as <see cref="ITextClassifier.Predict(IReadOnlyList{ClassifierInput})"/>, and in
    /// <paramref name="distributions"/>[i] the probability of each class of <see cref="ClassLabels"/> for input i (the
    /// numbers whose largest the prediction is).</summary>
    ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs, float[][] distributions);
}
