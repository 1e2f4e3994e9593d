using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// What became of one marked source: the found source that overlaps it most (its range and text in the unmarked
/// article text, its predicted type and the evidence that settled the type), or none (missing); and a short context
/// around the mark, the mark in [brackets].
/// </summary>
public sealed record SourceTypingOutcome(string File, string Article, MarkedSource Marked, TextSpan? Found, string FoundText, string Predicted, string Evidence,
    string Context)
{
    public bool IsFound => Found is not null;

    /// <summary>Found, with the marked type.</summary>
    public bool Correct => IsFound && Predicted == Marked.Type;
}
