namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>How many found sources typed on one kind of evidence (an attribution's <c>TypeEvidence</c>: actor, role, apposition, ...) got the marked type, and how many did not.</summary>
public sealed record EvidenceTally(string Evidence, int Right, int Wrong)
{
    public int Total => Right + Wrong;
    public double Accuracy => Total == 0 ? 0 : (double)Right / Total;
}
