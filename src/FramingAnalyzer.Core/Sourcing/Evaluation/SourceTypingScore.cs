namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// The headline figures of a set of marked sources (all of them, or one file's): how many were marked, how many found
/// (some found source overlaps them), how many of those got the marked type, and how many of those were typed unknown.
/// </summary>
public sealed record SourceTypingScore(string Scope, int Marked, int Found, int Correct, int Unknown)
{
    public double FoundShare => Marked == 0 ? 0 : (double)Found / Marked;

    /// <summary>Correct over found: how well found sources are typed.</summary>
    public double TypeAccuracy => Found == 0 ? 0 : (double)Correct / Found;

    /// <summary>Typed unknown over found.</summary>
    public double UnknownShare => Found == 0 ? 0 : (double)Unknown / Found;

    public static SourceTypingScore Of(string scope, IEnumerable<SourceTypingOutcome> outcomes)
    {
        int marked = 0, found = 0, correct = 0, unknown = 0;
        foreach (var outcome in outcomes)
        {
            marked++;
            if (!outcome.IsFound) continue;
            found++;
            if (outcome.Correct) correct++;
            if (outcome.Predicted == SourceTypes.Unknown) unknown++;
        }
        return new SourceTypingScore(scope, marked, found, correct, unknown);
    }
}
