namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A subject and its reporting verb: <c>X said (that) ...</c>, <c>X told reporters ...</c>, <c>X said in a statement ...</c>,
/// <c>In a statement, X said ...</c>, <c>X, who ..., said ...</c>, <c>X added/noted/claimed/denied/accused ...</c>;
/// with the content after the verb, or before the subject (<c>..., X said.</c>). Without a subject before the verb it
/// reads the inverted order <c>..., said X, a spokesman for Y.</c> Cues inside the content of a relation already found
/// are left to <see cref="NestedRule"/>.
/// </summary>
internal sealed class VerbLedRule : IAttributionRule
{
    public string Name => "verb_led";

    /// <summary>Reporting verbs that English puts before their subject ("..., said the minister").</summary>
    private static readonly HashSet<string> InvertingLemmas = new(StringComparer.Ordinal)
    {
        "say", "add", "ask", "write", "reply", "explain", "insist", "claim", "warn", "note", "recall", "answer", "argue", "counter",
        "declare", "concede", "admit", "respond", "shout", "scream", "plead", "boast", "tell", "remark", "allege",
    };

    public void Apply(SentenceExtraction state)
    {
        foreach (var cue in state.Cues)
        {
            if (cue.Used || cue.IsAccordingTo) continue;
            if (state.ContentHolding(cue.Start) is not null) continue;
            TryExtract(state, cue, 0, Name);
        }
    }

    /// <summary>Reads the cue as subject + verb (or inverted) with phrases not reaching before <paramref name="limit"/>.</summary>
    public static bool TryExtract(SentenceExtraction state, CueCandidate cue, int limit, string rule)
    {
        var v = state.View;
        int previous = SourcePhrases.SkipAdverbsLeft(v, cue.Start - 1, limit, allowBe: false);
        if (cue.IsParticiple)
        {
            // "is saying", "has been warning": only with an auxiliary; bare participles belong to ParticipleRule.
            if (!v.In(previous, GrammarWords.BeForms)) return false;
        }
        else if (v.In(previous, GrammarWords.BeForms))
        {
            return false; // a passive: PassiveRule
        }

        if (SourcePhrases.IsNegated(v, cue.Start, limit)) return false;
        var subject = SourcePhrases.SubjectLeft(state, cue.Start, limit, cue.IsParticiple);
        bool coordinated = false;
        if (subject is null && v.Is(previous, "and") && !v.InQuote(previous))
        {
            // "X thanked the army and said ...": the subject of the first verb, or the source of the relation before.
            Relation? main = null;
            foreach (var relation in state.Found)
            {
                if (relation.CueStart < cue.Start && (main is null || relation.CueStart > main.CueStart)) main = relation;
            }
            subject = main?.Source ?? SourcePhrases.LeadingSubject(state, previous);
            coordinated = subject is not null;
        }
        if (subject is { } source)
        {
            int start = ContentSpans.ForwardStart(state, cue, cue.End);
            if (start == -2) return false;
            if (coordinated && start < 0) return false;
            if (start >= 0)
            {
                var (s, e) = ContentSpans.Trim(v, start, ContentSpans.ForwardEnd(state, start));
                if (ContentSpans.HasWords(v, s, e))
                {
                    Add(state, cue, source, s, e, cue.End, start, rule);
                    return true;
                }
            }
            // "The governor added:" closing the sentence: the content is the sentence it introduces.
            if (start == -1 && state.Introduced is { } introduced && ColonClosing(state, cue) is int colon and >= 0)
            {
                AddIntroduced(state, cue, source, introduced, colon, rule);
                return true;
            }
            // A relative clause ("the student who spoke to us, left") and a clause-only verb need their content after them.
            if (v.Is(previous, "who") || v.Is(previous, "which") || start == -2) return false;
            int tailEnd = ContentSpans.ForwardEnd(state, cue.End);
            var before = ContentSpans.Before(state, source.Start, limit);
            if (before is { } bc && ContentSpans.WordCount(v, bc.Start, bc.End) < 3 && !v.InQuote(bc.Start)) before = null;
            // A verb that needs a clause ("show", "state", "report") takes content before it only as a quotation.
            // "..., he noted." is the exception: a verb of report that closes the sentence.
            if (before is { } bq && ContentSpans.IsClauseOnly(cue.Lemma) && ContentSpans.QuoteKindOf(v, bq.Start, bq.End) != QuoteKinds.Direct
                && !(ContentSpans.ReportsClauseBefore(cue.Lemma) && ContentSpans.SkipAdjuncts(state, cue.End) >= v.ContentLimit))
            {
                before = null;
            }
            // "By nightfall, sources said, fighting went on": a parenthetical attribution; the content is what follows.
            int afterComma = SkipToComma(state, cue.End);
            bool commaBefore = source.Start - 1 > limit && v.IsComma(source.Start - 1);
            bool parenthetical = afterComma >= 0 && afterComma + 1 < v.ContentLimit && state.CueAt(afterComma + 1) is not { IsParticiple: true }
                && commaBefore && (before is null || ContentSpans.WordCount(v, before.Value.Start, before.Value.End) < 4)
                && !ContentSpans.IsClauseOnly(cue.Lemma) && !v.In(afterComma + 1, GrammarWords.Subordinators) && !v.In(afterComma + 1, GrammarWords.Prepositions)
                && !v.Is(afterComma + 1, "and");
            // "As the minister noted, the bridge ...": the clause after the comma is what was noted.
            if (afterComma >= 0 && afterComma + 1 < v.ContentLimit && OpensWithAs(v, source.Start, limit))
            {
                var (s, e) = ContentSpans.Trim(v, afterComma + 1, ContentSpans.ForwardEnd(state, afterComma + 1));
                if (ContentSpans.HasWords(v, s, e))
                {
                    Add(state, cue, source, s, e, cue.End, afterComma, rule);
                    return true;
                }
            }
            if (parenthetical)
            {
                var (s, e) = ContentSpans.Trim(v, afterComma + 1, ContentSpans.ForwardEnd(state, afterComma + 1));
                if (ContentSpans.HasWords(v, s, e))
                {
                    Add(state, cue, source, s, e, cue.End, afterComma, rule);
                    return true;
                }
            }
            if (before is { } b)
            {
                Add(state, cue, source, b.Start, b.End, cue.End, tailEnd, rule);
                return true;
            }
            return false;
        }

        // Inverted: "..., said X (, a spokesman for Y)." — only with verbs that take this order.
        int comma = cue.Start - 1;
        while (comma > limit && v.IsQuoteMark(comma)) comma--; // "...,'' said Mr. Burman" with marks the text model did not pair
        if (!(v.IsComma(comma) || v.IsQuoteMark(cue.Start - 1)) || comma <= limit || !InvertingLemmas.Contains(cue.Lemma)) return false;
        var after = SourcePhrases.SourceRight(state, cue.End, allowApposition: true);
        if (after is not { } inverted) return false;
        int rest = ContentSpans.SkipAdjuncts(state, inverted.End);
        bool closes = rest >= v.ContentLimit || (v.IsComma(rest) && state.CueAt(rest + 1) is { IsParticiple: true } or { IsAccordingTo: true })
            || IsPlainTail(state, rest);
        if (!closes) return false;
        var (cs, ce) = ContentSpans.Trim(v, limit, comma);
        if (!ContentSpans.HasWords(v, cs, ce)) return false;
        Add(state, cue, inverted, cs, ce, inverted.End, rest, rule == "verb_led" ? "inverted" : rule);
        return true;
    }

    /// <summary>The colon that ends the sentence with only the listener and adjuncts between it and the cue, or -1.</summary>
    private static int ColonClosing(SentenceExtraction state, CueCandidate cue)
    {
        var v = state.View;
        int k = cue.End;
        if (cue.Lemma is "tell" or "assure" or "inform") k = ContentSpans.SkipListener(state, k);
        k = ContentSpans.SkipAdjuncts(state, k);
        if (!v.IsPunct(k, ':')) return -1;
        for (int t = k + 1; t < v.Count; t++)
        {
            if (!v.IsQuoteMark(t)) return -1;
        }
        return k;
    }

    private static void AddIntroduced(SentenceExtraction state, CueCandidate cue, PhraseRange source, IntroducedContent introduced, int colon, string rule)
    {
        var v = state.View;
        state.Add(new Relation
        {
            Source = source,
            CueStart = source.Start < cue.Start ? SourcePhrases.VerbGroupStart(v, cue.Start, Math.Max(source.End, source.AdjunctEnd)) : cue.Start,
            CueEnd = cue.End,
            ContentStart = colon,
            ContentEnd = colon,
            ContentOutside = introduced.Span,
            QualifierStart = cue.End,
            QualifierEnd = colon,
            Lemma = cue.Lemma,
            Stance = cue.Stance,
            QuoteKind = introduced.QuoteKind,
            Rule = rule,
        }, cue);
    }

    /// <summary>A short tail with no clause of its own: "said one GOP source | in the room."</summary>
    private static bool IsPlainTail(SentenceExtraction state, int from)
    {
        var v = state.View;
        if (v.ContentLimit - from > 8) return false;
        for (int t = from; t < v.ContentLimit; t++)
        {
            if (state.IsCue(t) || v.Is(t, "that") || v.IsQuoteMark(t) || v.IsComma(t) || v.In(t, GrammarWords.SubjectPronouns)
                || v.In(t, GrammarWords.BeForms) || v.In(t, GrammarWords.Auxiliaries))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the source follows an "As" that opens the sentence (after discourse words: "But as X said, ...").</summary>
    private static bool OpensWithAs(SentenceView v, int sourceStart, int limit)
    {
        int a = sourceStart - 1;
        if (!v.Is(a, "as") || v.InQuote(a)) return false;
        int t = limit;
        while (t < a && (v.In(t, GrammarWords.Discourse) || v.IsQuoteMark(t))) t++;
        return t == a;
    }

    /// <summary>The comma right after the cue's adjuncts, or -1.</summary>
    private static int SkipToComma(SentenceExtraction state, int from)
    {
        var v = state.View;
        int k = ContentSpans.SkipAdjuncts(state, from);
        return v.IsComma(k) ? k : -1;
    }

    private static void Add(SentenceExtraction state, CueCandidate cue, PhraseRange source, int start, int end, int qualifierStart, int qualifierEnd, string rule)
    {
        int groupLimit = Math.Max(source.End, source.AdjunctEnd);
        state.Add(new Relation
        {
            Source = source,
            CueStart = source.Start < cue.Start ? SourcePhrases.VerbGroupStart(state.View, cue.Start, groupLimit) : cue.Start,
            CueEnd = cue.End,
            ContentStart = start,
            ContentEnd = end,
            QualifierStart = qualifierStart,
            QualifierEnd = Math.Max(qualifierStart, qualifierEnd),
            Lemma = cue.Lemma,
            Stance = cue.Stance,
            QuoteKind = ContentSpans.QuoteKindOf(state.View, start, end),
            Rule = rule,
        }, cue);
    }
}
