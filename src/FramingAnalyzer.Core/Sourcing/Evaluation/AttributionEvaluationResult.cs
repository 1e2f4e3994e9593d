namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>The outcome of an attribution span evaluation: how many articles were read, and the scores per field and matching rule.</summary>
public sealed record AttributionEvaluationResult(string Compartment, int Articles, IReadOnlyList<SpanScore> Scores);
