namespace FramingAnalyzer.Encoders;

/// <summary>
/// Which encoder a run or a model uses. <see cref="Static"/>: distilled per-token vectors, a weighted mean per text, at
/// table-lookup speed (the default). <see cref="Contextual"/>: the full transformer per text, about a hundred times slower.
/// <see cref="None"/>: n-grams and lexicon features only (models trained before the encoder).
/// </summary>
public enum EncoderTier
{
    None,
    Static,
    Contextual,
}
