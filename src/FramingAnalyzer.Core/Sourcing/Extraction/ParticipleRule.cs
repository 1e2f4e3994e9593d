namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A participle after a comma continues the speaker of the clause before it: <c>X said ..., adding that ...</c>,
/// <c>X thanked the army, saying ...</c>, <c>X said: "...," adding that ...</c>. The source is that of the nearest relation before it in the sentence, else
/// the sentence's subject. A sentence-opening participle (<c>Commenting on ..., X said</c>) is not a cue of its own;
/// the verb-led rule reads its main clause.
/// </summary>
internal sealed class ParticipleRule : IAttributionRule
{
    public string Name => "participle";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || !cue.IsParticiple) continue;
            int before = cue.Start - 1;
            if (v.Is(before, "and")) before--;
            if (ContentSpans.IsClosingQuote(v, before) && v.IsComma(before - 1)) before--; // '"...," adding that ...'

            if (!(v.IsComma(before) || v.IsPunct(before, '—') || v.IsPunct(before, '–'))) continue;
            var source = state.LastRelationBefore(cue.Start)?.Source ?? SourcePhrases.LeadingSubject(state, before);
            if (source is not { } s) continue;
            var opening = ContentSpans.OpeningAfter(state, cue, cue.End);
            if (!opening.IsFound) continue;
            int start = opening.Start;
            var (cs, ce) = ContentSpans.Trim(v, start, ContentSpans.ForwardEnd(state, start));
            if (!ContentSpans.HasWords(v, cs, ce)) continue;
            state.AddAfterCue(cue, s, cs, ce, start, Name);
        }
    }
}
