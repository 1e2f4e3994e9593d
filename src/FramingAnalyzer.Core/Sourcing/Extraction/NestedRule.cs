namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Attributions inside the content of another: <c>The palace said King Orvel had stressed that ...</c> gives the palace's
/// relation (found first) and the king's, read here with phrases bounded by the outer content.
/// </summary>
internal sealed class NestedRule : IAttributionRule
{
    public string Name => "nested";

    public void Apply(SentenceExtraction state)
    {
        foreach (var cue in state.Cues)
        {
            if (cue.Used || cue.IsAccordingTo) continue;
            var holder = state.ContentHolding(cue.Start);
            if (holder is null) continue;
            VerbLedRule.TryExtract(state, cue, holder.ContentStart, Name);
        }
    }
}
