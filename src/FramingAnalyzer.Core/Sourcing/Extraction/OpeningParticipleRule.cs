namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A participle that opens the sentence reports something of the main clause's subject: <c>Claiming the criticism was
/// unfair, X told ...</c>, <c>Citing a theory, X accused ...</c>, <c>Lamenting their luck, people often say ...</c>.
/// The source is the subject after the participle clause's comma (the source of the relation found there, else a
/// pronoun or a name); the content runs from the participle to that comma. Participles that set the occasion of the
/// main statement are not cues of their own: <c>Commenting on the closure, X said</c>, <c>Speaking to reporters, ...</c>.
/// </summary>
internal sealed class OpeningParticipleRule : IAttributionRule
{
    /// <summary>The longest participle clause, in tokens, before its comma.</summary>
    private const int MaxClause = 30;

    /// <summary>Lemmas (first word) whose opening participle sets the occasion rather than reporting.</summary>
    private static readonly WordSet Occasions = new("comment", "speak", "talk", "respond", "reply", "answer", "ask", "write",
        "testify", "address", "announce", "tell", "say", "report");

    public string Name => "opening_participle";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || !cue.IsParticiple || cue.AfterPreposition || cue.IsAccordingTo) continue;
            if (cue.Start != ClauseStart(v) || Occasions.Contains(FirstWord(cue.Lemma))) continue;
            int comma = ClosingComma(v, cue.End);
            if (comma < 0) continue;
            int mainStart = comma + 1;
            if (ContentSpans.IsClosingQuote(v, mainStart)) mainStart++; // 'Bemoaning the "phony system," Trump ...'
            var opening = ContentSpans.OpeningAfter(state, cue, cue.End);
            if (!opening.IsFound || opening.Start >= comma) continue;
            var (cs, ce) = ContentSpans.Trim(v, opening.Start, comma);
            if (!ContentSpans.HasWords(v, cs, ce) || MainSubject(state, mainStart) is not { } source) continue;
            state.AddAfterCue(cue, source, cs, ce, opening.Start, Name);
        }
    }

    /// <summary>The first token after opening discourse words ("But", "And").</summary>
    private static int ClauseStart(SentenceView v)
    {
        int i = 0;
        while (i < v.Count && v.In(i, GrammarWords.Discourse)) i++;
        return i;
    }

    private static ReadOnlySpan<char> FirstWord(string lemma)
    {
        int space = lemma.IndexOf(' ');
        return space < 0 ? lemma : lemma.AsSpan(0, space);
    }

    /// <summary>The comma that closes the participle clause (outside quotations, or just inside a closing one), or -1.</summary>
    private static int ClosingComma(SentenceView v, int from)
    {
        for (int t = from; t < v.ContentLimit && t - from <= MaxClause; t++)
        {
            if (!v.IsComma(t)) continue;
            if (!v.InQuote(t)) return t;
            if (ContentSpans.IsClosingQuote(v, t + 1)) return t;
        }
        return -1;
    }

    /// <summary>The subject of the main clause: the source of a relation found there, else a pronoun or a capitalised name.</summary>
    private static PhraseRange? MainSubject(SentenceExtraction state, int start)
    {
        foreach (var relation in state.Found)
        {
            if (relation.Source.Start == start) return relation.Source;
        }
        var v = state.View;
        if (SourcePhrases.LeadingSubject(state, v.ContentLimit, start) is not { } subject || subject.HeadStart != start) return null;
        if (subject.HeadEnd - subject.HeadStart == 1 && v.In(start, GrammarWords.SubjectPronouns)) return subject;
        for (int t = subject.HeadStart; t < subject.HeadEnd; t++)
        {
            if (!v.IsCapitalised(t) && !v.IsPunct(t, '.')) return null;
        }
        return subject;
    }
}
