namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A quotation followed by its attribution: <c>"...," X said.</c>, <c>"...," said X.</c>, <c>"...?" asked X, a ...</c>,
/// <c>"..." X told reporters.</c> The content is the quotation (quote kind direct).
/// </summary>
internal sealed class QuoteLedRule : IAttributionRule
{
    public string Name => "quote_led";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || cue.IsAccordingTo || cue.IsParticiple) continue;
            var subject = SourcePhrases.SubjectLeft(state, cue.Start, 0, allowBe: false);
            if (subject is { } s)
            {
                int mark = s.Start - 1;
                if (v.IsComma(mark)) mark--;
                if (ContentSpans.IsClosingQuote(v, mark) && ClosesAfter(state, cue.End, cue)) Add(state, cue, s, mark, cue.End);
                else if (s.Start == 0 && state.PreviousQuote is { } quote && OnlyAdjunctsAfter(state, cue.End)) AddOutside(state, cue, s, quote);
                continue;
            }
            int before = cue.Start - 1;
            if (v.IsComma(before)) before--;
            if (!ContentSpans.IsClosingQuote(v, before))
            {
                // "... this country?" | Said Ellis. (the quotation ended the previous sentence)
                if (cue.Start == 0 && state.PreviousQuote is { } quote && SourcePhrases.SourceRight(state, cue.End, allowApposition: true) is { } after
                    && OnlyAdjunctsAfter(state, after.End))
                {
                    AddOutside(state, cue, after, quote);
                }
                continue;
            }
            var source = SourcePhrases.SourceRight(state, cue.End, allowApposition: true, anyOpener: true);
            if (source is { } r && ClosesAfter(state, r.End, null)) Add(state, cue, r, before, r.End);
        }
    }

    /// <summary>
    /// After the attribution comes nothing but its adjuncts, a participle (", adding ..."), a second quotation, or a
    /// short tail without a clause: otherwise the words before the cue were not its subject ("“Arrogant,” features a ...").
    /// </summary>
    private static bool ClosesAfter(SentenceExtraction state, int from, CueCandidate? cue)
    {
        var v = state.View;
        int k = cue is { Behaviour.Listener: true } ? ContentSpans.SkipListener(state, from) : from;
        k = ContentSpans.SkipAdjuncts(state, k);
        if (k >= v.ContentLimit || v.IsQuoteMark(k) || v.IsPunct(k, ':')) return true;
        if (v.IsComma(k) || v.IsPunct(k, '—') || v.IsPunct(k, '–') || v.IsPunct(k, '-')) return true;
        if (v.Is(k, "and") && state.IsCue(k + 1)) return true;
        if (v.In(k, TrailingClauses)) return true; // "..." Quina Jones said as she marched past
        if (v.Is(k, "who") || v.Is(k, "whose")) return true; // "..." said a party operative who asked not to be named
        if (v.ContentLimit - k > 8) return false;
        for (int t = k; t < v.ContentLimit; t++)
        {
            if (state.IsCue(t) || v.Is(t, "that") || v.In(t, GrammarWords.BeForms) || v.In(t, GrammarWords.Auxiliaries)) return false;
        }
        return true;
    }

    private static readonly WordSet TrailingClauses = new("as", "while", "when", "before", "after", "because", "since", "during");

    private static bool OnlyAdjunctsAfter(SentenceExtraction state, int from)
    {
        var v = state.View;
        int k = state.CueAt(from - 1) is { Behaviour.Listener: true } ? ContentSpans.SkipListener(state, from) : from;
        k = ContentSpans.SkipAdjuncts(state, k);
        // "... crowd?" | Trump said, looking out on the crowd.
        return k >= v.ContentLimit || (v.IsComma(k) && v.IsWord(k + 1) && v.Word(k + 1).EndsWith("ing")) || v.In(k, TrailingClauses);
    }

    private void AddOutside(SentenceExtraction state, CueCandidate cue, PhraseRange source, Model.TextSpan quote)
    {
        state.Add(new Relation
        {
            Source = source,
            CueStart = cue.Start,
            CueEnd = cue.End,
            ContentStart = state.View.ContentLimit,
            ContentEnd = state.View.ContentLimit,
            ContentOutside = quote,
            QualifierStart = cue.End,
            QualifierEnd = state.View.ContentLimit,
            Lemma = cue.Lemma,
            Stance = cue.Stance,
            QuoteKind = QuoteKinds.Direct,
            Rule = Name,
        }, cue);
    }

    private void Add(SentenceExtraction state, CueCandidate cue, PhraseRange source, int closingMark, int qualifierStart)
    {
        var v = state.View;
        int cueStart = source.Start < cue.Start ? SourcePhrases.VerbGroupStart(v, cue.Start, Math.Max(source.End, source.AdjunctEnd)) : cue.Start;
        var (start, end) = ContentSpans.Trim(v, ContentSpans.QuoteStart(v, closingMark), closingMark);
        if (!ContentSpans.HasWords(v, start, end)) return;
        int qualifierEnd = Math.Max(qualifierStart, ContentSpans.ForwardEnd(state, qualifierStart));
        state.Add(new Relation
        {
            Source = source,
            CueStart = cueStart,
            CueEnd = cue.End,
            ContentStart = start,
            ContentEnd = end,
            QualifierStart = qualifierStart,
            QualifierEnd = qualifierEnd,
            Lemma = cue.Lemma,
            Stance = cue.Stance,
            QuoteKind = ContentSpans.QuoteKindOf(v, start, end),
            Rule = Name,
        }, cue);
    }
}
