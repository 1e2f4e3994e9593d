namespace FramingAnalyzer.Sourcing;

/// <summary>
/// <c>According to X, ...</c> and <c>..., according to X.</c> The cue is "according to" (lemma "according to", neutral),
/// the quote kind according_to.
/// </summary>
internal sealed class AccordingToRule : IAttributionRule
{
    public string Name => "according_to";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || !cue.IsAccordingTo) continue;
            int opener = 0;
            while (opener < cue.Start && v.In(opener, GrammarWords.Discourse)) opener++;
            bool leading = opener == cue.Start || !ContentSpans.HasWords(v, 0, cue.Start);
            var found = SourcePhrases.SourceRight(state, cue.End, allowApposition: true, closedApposition: leading);
            if (found is not { } source) continue;
            (int Start, int End)? content = null;
            if (leading)
            {
                int after = source.End;
                if (v.IsComma(after)) after++;
                if (after < v.ContentLimit) content = ContentSpans.Trim(v, after, ContentSpans.ForwardEnd(state, after));
            }
            else
            {
                content = ContentSpans.Trim(v, 0, cue.Start);
            }
            if (content is not { } c || !ContentSpans.HasWords(v, c.Start, c.End)) continue;
            state.Add(new Relation
            {
                Source = source,
                CueStart = cue.Start,
                CueEnd = cue.End,
                ContentStart = c.Start,
                ContentEnd = c.End,
                Lemma = cue.Lemma,
                Stance = cue.Stance,
                QuoteKind = QuoteKinds.AccordingTo,
                Rule = Name,
            }, cue);
        }
    }
}
