namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Passive attributions: <c>X was quoted (by Y) as saying (that) ...</c> (cue "quoted as saying", lemma of the -ing verb) and
/// <c>it was announced by X that ...</c> / <c>..., it was reported by X.</c> (the agent after "by" is the source).
/// A passive with no agent ("it was reported that") names no source and is left alone.
/// </summary>
internal sealed class PassiveRule : IAttributionRule
{
    public string Name => "passive";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || cue.IsAccordingTo) continue;
            if (cue.IsParticiple && v.Is(cue.Start - 1, "as") && QuotedBefore(v, cue.Start - 1) is int quoted)
            {
                QuotedAsSaying(state, cue, quoted);
            }
            else if (cue.IsParticiple && v.Is(cue.Start - 1, "as") && QuotedObjectBefore(v, cue.Start - 1) is int relayed)
            {
                QuotedObjectAsSaying(state, cue, relayed);
            }
            else if (!cue.IsParticiple && v.Is(cue.End, "by"))
            {
                int be = SourcePhrases.SkipAdverbsLeft(v, cue.Start - 1, 0, allowBe: false);
                if (v.In(be, GrammarWords.BeForms)) ByAgent(state, cue, be);
            }
        }
    }

    /// <summary>The longest run of words between "quoted" and "as" (the medium: "quoted by the Interfax news agency as").</summary>
    private const int MaxQuotedMedium = 10;

    private static readonly WordSet MediumPrepositions = new("by", "in", "on", "during");

    /// <summary>
    /// Where "quoted" stands before the "as" at <paramref name="asIndex"/>: right before it ("quoted as saying"), or before a
    /// medium opened by a preposition ("quoted by The New York Times as saying", "quoted in the Herald as saying"); null
    /// when there is none.
    /// </summary>
    internal static int? QuotedBefore(SentenceView v, int asIndex)
    {
        if (v.Is(asIndex - 1, "quoted")) return asIndex - 1;
        for (int q = asIndex - 2; q >= 0 && q >= asIndex - 1 - MaxQuotedMedium; q--)
        {
            if (v.IsTerminal(q) || v.IsDoubleQuoteMark(q)) return null;
            if (v.Is(q, "quoted")) return v.In(q + 1, MediumPrepositions) ? q : null;
        }
        return null;
    }

    private void QuotedAsSaying(SentenceExtraction state, CueCandidate cue, int quoted)
    {
        var subject = SourcePhrases.SubjectLeft(state, quoted, 0, allowBe: true);
        if (subject is not { } source) return;
        AddWhatFollows(state, cue, source, cueStart: quoted);
    }

    /// <summary>Adds the relation with what follows the "saying" of "quoted ... as saying" as its content, when it has words.</summary>
    private void AddWhatFollows(SentenceExtraction state, CueCandidate cue, PhraseRange source, int? cueStart)
    {
        var v = state.View;
        var opening = ContentSpans.OpeningAfter(state, cue, cue.End);
        int start = opening.IsFound ? opening.Start : cue.End;
        var (s, e) = ContentSpans.Trim(v, start, ContentSpans.ForwardEnd(state, start));
        if (!ContentSpans.HasWords(v, s, e)) return;
        state.AddAfterCue(cue, source, s, e, start, Name, cueStart);
    }

    /// <summary>Where an active "quoted" stands before the person quoted and the "as" at <paramref name="asIndex"/>
    /// ("Xinhua quoted Foreign Minister Ada Holm as saying"); null when there is none.</summary>
    internal static int? QuotedObjectBefore(SentenceView v, int asIndex)
    {
        for (int q = asIndex - 2; q >= 0 && q >= asIndex - 1 - MaxQuotedMedium; q--)
        {
            if (v.IsTerminal(q) || v.IsDoubleQuoteMark(q)) return null;
            if (v.Is(q, "quoted")) return v.In(q + 1, MediumPrepositions) || v.Is(q - 1, "was") || v.Is(q - 1, "were") ? null : q;
        }
        return null;
    }

    /// <summary>"Xinhua quoted Foreign Minister Ada Holm as saying China would respond": the person quoted is the source of
    /// what follows "saying" (the medium that relayed it keeps its own attribution).</summary>
    private void QuotedObjectAsSaying(SentenceExtraction state, CueCandidate cue, int quoted)
    {
        if (SourcePhrases.SourceRight(state, quoted + 1, allowApposition: true) is not { } source || source.End > cue.Start - 1) return;
        AddWhatFollows(state, cue, source, cueStart: null);
    }

    private void ByAgent(SentenceExtraction state, CueCandidate cue, int be)
    {
        var v = state.View;
        var agent = SourcePhrases.SourceRight(state, cue.End + 1, allowApposition: true);
        if (agent is not { } source) return;
        int k = ContentSpans.SkipAdjuncts(state, source.End);
        (int Start, int End)? content = null;
        if (v.Is(k, "that") || v.IsPunct(k, ':'))
        {
            content = ContentSpans.Trim(v, k + 1, ContentSpans.ForwardEnd(state, k + 1));
        }
        else
        {
            // "..., it was announced by X." — the content precedes the expletive subject.
            int subject = be - 1;
            if (v.Is(subject, "it") || v.Is(subject, "this")) content = ContentSpans.Before(state, subject, 0);
        }
        if (content is not { } c || !ContentSpans.HasWords(v, c.Start, c.End)) return;
        state.Add(new Relation
        {
            Source = source,
            CueStart = cue.Start,
            CueEnd = cue.End,
            ContentStart = c.Start,
            ContentEnd = c.End,
            QualifierStart = source.End,
            QualifierEnd = k,
            Lemma = cue.Lemma,
            Stance = cue.Stance,
            QuoteKind = ContentSpans.QuoteKindOf(v, c.Start, c.End),
            Rule = Name,
        }, cue);
    }
}
