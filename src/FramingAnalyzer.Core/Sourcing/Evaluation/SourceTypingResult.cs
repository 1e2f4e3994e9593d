namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// The outcome of a source typing evaluation: the figures over all marked sources and per file (in reading order), the
/// found sources' right and wrong counts per kind of evidence (most used first), the (marked, predicted) pairs of the
/// found sources (most common first), and every marked source's outcome in file and text order.
/// </summary>
public sealed record SourceTypingResult(SourceTypingScore Pooled, IReadOnlyList<SourceTypingScore> PerFile, IReadOnlyList<EvidenceTally> ByEvidence,
    IReadOnlyList<TypeConfusion> Confusion, IReadOnlyList<SourceTypingOutcome> Outcomes)
{
    /// <summary>The marked sources found with another type, or not found, in file and text order.</summary>
    public IEnumerable<SourceTypingOutcome> Errors => Outcomes.Where(o => !o.Correct);
}
