namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>How many found sources marked <see cref="Gold"/> were typed <see cref="Predicted"/> (the same type when right).</summary>
public sealed record TypeConfusion(string Gold, string Predicted, int Count)
{
    public bool IsError => Gold != Predicted;
}
