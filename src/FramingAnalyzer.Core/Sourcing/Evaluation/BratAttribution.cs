namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>An attribution event of a brat standoff file (<c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>): its cue and,
/// when annotated, its source and content.</summary>
public sealed record BratAttribution(BratSpan Cue, BratSpan? Source, BratSpan? Content = null);
