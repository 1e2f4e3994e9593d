namespace FramingAnalyzer.Learning;

/// <summary>The trainers compared for every task (see docs/models.md for the figures behind the default).</summary>
public enum TrainerKind
{
    /// <summary>SDCA maximum entropy (multinomial logistic regression by stochastic dual coordinate ascent).</summary>
    Sdca,
    /// <summary>L-BFGS maximum entropy (multinomial logistic regression by L-BFGS).</summary>
    Lbfgs,
    /// <summary>LightGBM gradient-boosted trees (multiclass).</summary>
    LightGbm,
}

/// <summary>Which n-grams the text featurizer extracts.</summary>
public enum NgramKind
{
    Word,
    Char,
    WordAndChar,
}
