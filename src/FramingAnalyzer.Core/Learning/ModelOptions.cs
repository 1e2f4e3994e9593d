namespace FramingAnalyzer.Learning;

/// <summary>
/// How to train a model. Defaults are, per task, the configuration with the best 5-fold cross-validated macro-F1 on
/// the training data (docs/models.md), the faster one when two are within 0.002: L-BFGS maximum entropy everywhere, with
/// the static encoder's vectors; character 4-grams for loaded (with the lexicon features; word+char was 0.001 higher and
/// three times slower to score) and source_type; word 1–2-grams plus character 4-grams for function.
/// </summary>
public sealed record ModelOptions
{
    public TrainerKind Trainer { get; init; } = TrainerKind.Lbfgs;
    public NgramKind Ngrams { get; init; } = NgramKind.WordAndChar;
    public int Seed { get; init; } = 42;
    /// <summary>Extra numeric features computed from the input (e.g. lexicon hits for the loaded task); null for none.</summary>
    public ExtraFeatures? Extra { get; init; }
    /// <summary>The pretrained encoder whose vector of the text is a feature beside the n-grams; null for none.</summary>
    public Encoders.ITextEncoder? Encoder { get; init; }
    /// <summary>The length the encoder's vector is scaled to (after L2 normalisation) relative to the n-gram bags, which have length 1.</summary>
    public float EncoderScale { get; init; } = EncoderFeatures.DefaultScale;
    /// <summary>
    /// The L-BFGS trainer's L2 penalty. 0.1 for the shipped models; wider encoder vectors may want a heavier one
    /// (docs/models.md, issue 12's k-fold experiments). Only for training: scoring does not depend on it.
    /// </summary>
    public float L2Regularization { get; init; } = DefaultL2Regularization;

    public const float DefaultL2Regularization = 0.1f;

    public static ModelOptions DefaultFor(ClassifierTask task, ExtraFeatures? loadedFeatures) => task.Name switch
    {
        "loaded" => new ModelOptions { Trainer = TrainerKind.Lbfgs, Ngrams = NgramKind.Char, Extra = loadedFeatures },
        "function" => new ModelOptions { Trainer = TrainerKind.Lbfgs, Ngrams = NgramKind.WordAndChar },
        _ => new ModelOptions { Trainer = TrainerKind.Lbfgs, Ngrams = NgramKind.Char },
    };
}
