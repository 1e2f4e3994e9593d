namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// The outcome of an attribution span evaluation: how many articles were read, the scores per field and matching rule,
/// the gold attributions whose cue was missed, and the predicted source-cue pairs that match no gold attribution, each
/// in article and text order.
/// </summary>
public sealed record AttributionEvaluationResult(string Compartment, int Articles, IReadOnlyList<SpanScore> Scores, IReadOnlyList<MissedAttribution> Misses,
    IReadOnlyList<SpuriousAttribution> Spurious);
