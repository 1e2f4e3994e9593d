namespace FramingAnalyzer.Learning;

/// <summary>How to train a model. Defaults are the best measured configuration per task (docs/models.md).</summary>
public sealed record ModelOptions
{
    public TrainerKind Trainer { get; init; } = TrainerKind.Lbfgs;
    public NgramKind Ngrams { get; init; } = NgramKind.WordAndChar;
    public int Seed { get; init; } = 42;
    /// <summary>Extra numeric features computed from the input (e.g. lexicon hits for the loaded task); null for none.</summary>
    public ExtraFeatures? Extra { get; init; }

    public static ModelOptions DefaultFor(ClassifierTask task, ExtraFeatures? loadedFeatures) => task.Name switch
    {
        "loaded" => new ModelOptions { Trainer = TrainerKind.Lbfgs, Ngrams = NgramKind.Char, Extra = loadedFeatures },
        "function" => new ModelOptions { Trainer = TrainerKind.Lbfgs, Ngrams = NgramKind.WordAndChar },
        _ => new ModelOptions { Trainer = TrainerKind.Lbfgs, Ngrams = NgramKind.WordAndChar },
    };
}
