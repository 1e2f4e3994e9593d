namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A gerund after a preposition shares the subject of its clause: <c>X responded to a mother by saying ...</c>,
/// <c>X left the stage after saying ...</c>, <c>X erred in saying ...</c>. The source is that of the nearest relation
/// before it in the sentence, else the sentence's subject; the content must follow the gerund. "for saying" and
/// "of saying" are left alone: their speaker is usually an object ("criticised him for saying").
/// </summary>
internal sealed class GerundRule : IAttributionRule
{
    public string Name => "gerund";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || !cue.AfterPreposition) continue;
            int preposition = cue.Start - 1;
            var source = state.LastRelationBefore(cue.Start)?.Source ?? SubjectOfClause(state, preposition);
            if (source is not { } s || s.End > preposition) continue;
            var opening = ContentSpans.OpeningAfter(state, cue, cue.End);
            if (!opening.IsFound) continue;
            int start = opening.Start;
            var (cs, ce) = ContentSpans.Trim(v, start, ContentSpans.ForwardEnd(state, start));
            if (!ContentSpans.HasWords(v, cs, ce)) continue;
            state.AddAfterCue(cue, s, cs, ce, start, Name);
        }
    }

    /// <summary>
    /// The sentence's subject, when the gerund belongs to its clause: no subordinator, subject pronoun or quotation
    /// between the subject and the preposition ("The crowd cheered before the mayor began by saying" has another
    /// subject). The subject ends before its verb: a lowercase word followed by a determiner or an object ("The senator
    /// | left the stage after saying").
    /// </summary>
    private static PhraseRange? SubjectOfClause(SentenceExtraction state, int preposition)
    {
        var v = state.View;
        if (SourcePhrases.LeadingSubject(state, preposition) is not { } subject) return null;
        for (int t = subject.HeadStart + 1; t < subject.HeadEnd; t++)
        {
            if (IsVerbBeforeObject(v, t))
            {
                if (subject.End > subject.HeadEnd) return null; // an apposition after a phrase that is not one
                subject = PhraseRange.Head(subject.HeadStart, t);
                break;
            }
        }
        for (int t = subject.End; t < preposition; t++)
        {
            if (v.In(t, GrammarWords.Subordinators) || v.In(t, GrammarWords.SubjectPronouns) || v.IsQuoteMark(t) || v.IsTerminal(t)
                || v.Is(t, "before") || v.Is(t, "after")) return null;
        }
        return subject;
    }

    /// <summary>A lowercase word, not a preposition, followed by a determiner or an object pronoun: a verb and its object.</summary>
    private static bool IsVerbBeforeObject(SentenceView v, int t) =>
        v.IsWord(t) && !v.IsCapitalised(t) && !v.In(t, GrammarWords.Prepositions) && !v.In(t, GrammarWords.NounGuards) && !v.Is(t, "and")
        && (v.In(t + 1, GrammarWords.Determiners) || v.In(t + 1, GrammarWords.ObjectPronouns));
}
