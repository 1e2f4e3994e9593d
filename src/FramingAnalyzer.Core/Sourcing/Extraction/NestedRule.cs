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
            int before = state.Found.Count;
            if (VerbLedRule.TryExtract(state, cue, holder.ContentStart, Name) && state.Found.Count == before + 1 && IsThingWithObject(state, state.Found[^1]))
            {
                state.Found.RemoveAt(before);
            }
        }
    }

    /// <summary>
    /// "experts say it underscores the regime's resolve", "said it would show how the valley was farmed": inside reported
    /// content, "it" with a plain object after the verb (no "that", quotation, colon or clause) is a thing doing
    /// something, not a speaker reporting.
    /// </summary>
    private static bool IsThingWithObject(SentenceExtraction state, Relation r)
    {
        var v = state.View;
        if (r.Source.HeadEnd - r.Source.HeadStart != 1 || !v.Is(r.Source.HeadStart, "it")) return false;
        if (r.ContentOutside is not null || r.ContentStart < r.CueEnd) return false;
        int k = r.ContentStart;
        if (v.IsQuoteMark(k) || v.In(k, GrammarWords.SubjectPronouns)) return false;
        for (int t = r.CueEnd; t < k; t++)
        {
            if (v.Is(t, "that") || v.IsPunct(t, ':') || v.IsQuoteMark(t)) return false;
        }
        return v.In(k, GrammarWords.Determiners) || (v.IsWord(k) && !v.IsCapitalised(k) && !v.In(k, GrammarWords.Subordinators));
    }
}
