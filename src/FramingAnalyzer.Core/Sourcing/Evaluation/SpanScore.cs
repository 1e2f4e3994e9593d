namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// Precision, recall and F1 of one field (source or cue) under one matching rule (exact or overlap):
/// precision = predicted spans that match a gold span / predicted spans; recall = gold spans matched by a predicted span / gold spans.
/// </summary>
public sealed record SpanScore(string Field, string Matching, int Gold, int Predicted, int MatchedPredicted, int MatchedGold)
{
    public double Precision => Predicted == 0 ? 0 : (double)MatchedPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)MatchedGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
