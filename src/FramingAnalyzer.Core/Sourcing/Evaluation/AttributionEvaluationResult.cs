namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// The outcome of an attribution span evaluation: how many articles were read, the scores per field and matching rule,
/// and the gold attributions whose cue was missed, in article and text order.
/// </summary>
public sealed record AttributionEvaluationResult(string Compartment, int Articles, IReadOnlyList<SpanScore> Scores, IReadOnlyList<MissedAttribution> Misses);
