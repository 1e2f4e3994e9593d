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
    /// <summary>The rule name its relations carry.</summary>
    public const string RuleName = "verb_led";

    public string Name => RuleName;

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
        if (previous >= limit && v.In(previous, GrammarWords.ContractedSubjects))
        {
            // "He's claiming ...", "who's called for ...": the pronoun and its "is" or "has" in one token.
            if (v.Is(previous, "i'm") || v.Is(previous, "that's")) return false;
            return SubjectLed(state, cue, PhraseRange.Head(previous, previous + 1), coordinated: false, previous, limit, rule);
        }
        // "Kim is reported to have said that ...", "Sessions is said to have told associates ...": the subject of the
        // raising passive is the source.
        if (RaisingPassiveBefore(v, cue.Start, limit) is int be)
        {
            return SourcePhrases.SubjectLeft(state, be, limit, allowBe: false) is { } raised && SubjectLed(state, cue, raised, coordinated: false, be - 1, limit, rule);
        }
        if (!IsActiveVerbGroup(v, cue, previous)) return false;
        if (!cue.Behaviour.Negated && SourcePhrases.IsNegated(v, cue.Start, limit)) return false; // "did not respond to a request for comment"
        if (SourcePhrases.SubjectLeft(state, cue.Start, limit, cue.IsParticiple) is { } subject)
        {
            return SubjectLed(state, cue, subject, coordinated: false, previous, limit, rule);
        }
        if (CoordinatedSubject(state, cue, previous) is { } shared)
        {
            return SubjectLed(state, cue, shared, coordinated: true, previous, limit, rule);
        }
        return Inverted(state, cue, limit, rule);
    }

    private static readonly WordSet RaisingPassives = new("reported", "said", "understood", "believed", "thought", "known", "alleged", "rumored", "rumoured");

    /// <summary>Where the be form of "is reported to have", "was said to have", "is understood to have" stands before the cue
    /// at <paramref name="cue"/> (adverbs allowed before "to"), or null.</summary>
    private static int? RaisingPassiveBefore(SentenceView v, int cue, int limit)
    {
        if (!v.Is(cue - 1, "have") || !v.Is(cue - 2, "to")) return null;
        int participle = SourcePhrases.SkipAdverbsLeft(v, cue - 3, limit, allowBe: false);
        if (participle < limit || !v.In(participle, RaisingPassives)) return null;
        int be = SourcePhrases.SkipAdverbsLeft(v, participle - 1, limit, allowBe: false);
        return be >= limit && v.In(be, GrammarWords.BeForms) ? be : null;
    }

    /// <summary>
    /// The source's head is a document or data ("Recent polls", "A USA TODAY analysis of super PACs", "Video of the
    /// incident", "research conducted by ..."): a word of the head before the first preposition is one.
    /// </summary>
    private static bool IsEvidence(SentenceExtraction state, PhraseRange source)
    {
        if (state.Evidence.Count == 0) return false;
        var v = state.View;
        for (int t = source.HeadStart; t < source.HeadEnd; t++)
        {
            if (t > source.HeadStart && v.In(t, GrammarWords.Prepositions)) break;
            if (v.IsWord(t) && state.Evidence.Contains(v.Word(t))) return true;
        }
        return false;
    }

    /// <summary>
    /// An active verb group: a finite verb not after "be" (after "be" it is a passive, <see cref="PassiveRule"/>'s), or a
    /// participle after "be" ("is saying", "has been warning"; bare participles are <see cref="ParticipleRule"/>'s).
    /// </summary>
    private static bool IsActiveVerbGroup(SentenceView v, CueCandidate cue, int previous) =>
        cue.IsParticiple == v.In(previous, GrammarWords.BeForms);

    /// <summary>
    /// "X thanked the army and said ...", "X has urged ... but has said ...": the subject of the first verb, or the
    /// source of the relation before.
    /// </summary>
    private static PhraseRange? CoordinatedSubject(SentenceExtraction state, CueCandidate cue, int previous)
    {
        var v = state.View;
        if (!(v.Is(previous, "and") || v.Is(previous, "but")) || v.InQuote(previous)) return null;
        // "... turned to natural gas and demand from Lumeria cooled": a bare form before a preposition is a noun.
        if (cue.End - cue.Start == 1 && v.IsWord(cue.Start) && v.Word(cue.Start).SequenceEqual(cue.Lemma) && v.In(cue.End, GrammarWords.Prepositions)) return null;
        return state.LastRelationBefore(cue.Start)?.Source ?? SourcePhrases.LeadingSubject(state, previous);
    }

    /// <summary>
    /// Subject before the verb. The content is, in this order: what follows the verb ("X said (that) ..."); the sentence a
    /// closing colon introduces ("The governor added:"); the clause after the comma of "As X noted, ..."; the clause after a
    /// parenthetical attribution ("By nightfall, sources said, fighting went on"); the clause before the subject ("..., X said.").
    /// A verb sharing an earlier subject (<paramref name="coordinated"/>: "... and said the talks had failed") needs content after it.
    /// </summary>
    private static bool SubjectLed(SentenceExtraction state, CueCandidate cue, PhraseRange source, bool coordinated, int previous, int limit, string rule)
    {
        var v = state.View;
        var opening = ContentSpans.OpeningAfter(state, cue, cue.End, IsEvidence(state, source));
        if (opening.Kind == ContentOpeningKind.NotContent || (coordinated && !opening.IsFound)) return false;
        if (opening.IsFound && TryForward(state, cue, source, opening.Start, cue.End, opening.Start, rule)) return true;
        if (!opening.IsFound && state.Introduced is { } introduced && ColonClosing(state, cue) is int colon and >= 0)
        {
            AddIntroduced(state, cue, source, introduced, colon, rule);
            return true;
        }
        // A relative clause ("the student who spoke to us, left") needs its content after the verb.
        if (v.Is(previous, "who") || v.Is(previous, "which") || v.Is(previous, "whom")) return false;
        int afterComma = SkipToComma(state, cue.End);
        var before = ContentBefore(state, cue, source, limit);
        // "..., an assertion Mr. Varga disputed": the claim noun is the content's, not part of who disputed it.
        if (before is not null && ClaimNounOpening(v, source) is { } disputer) source = disputer;
        if (afterComma >= 0 && afterComma + 1 < v.ContentLimit)
        {
            if (OpensWithAs(v, source.Start, limit) && TryForward(state, cue, source, afterComma + 1, cue.End, afterComma, rule)) return true;
            if (IsParenthetical(state, cue, source, before, afterComma, limit) && TryForward(state, cue, source, afterComma + 1, cue.End, afterComma, rule)) return true;
        }
        if (before is not { } b) return false;
        Add(state, cue, source, b.Start, b.End, cue.End, ContentSpans.ForwardEnd(state, cue.End), rule);
        return true;
    }

    private static readonly WordSet ClaimNouns = new("claim", "claims", "assertion", "assertions", "allegation", "allegations", "charge",
        "charges", "accusation", "accusations", "characterization", "characterisation", "account", "suggestion", "version");

    /// <summary>"an assertion Mr. Varga", "a claim the company", "allegations the campaign": the phrase after a leading
    /// claim noun (a determiner before it), or null.</summary>
    private static PhraseRange? ClaimNounOpening(SentenceView v, PhraseRange source)
    {
        int t = source.Start;
        if (v.In(t, GrammarWords.Determiners)) t++;
        if (!v.In(t, ClaimNouns) || t + 1 >= source.End || !(v.In(t + 1, GrammarWords.Determiners) || v.IsCapitalised(t + 1))) return null;
        return new PhraseRange(t + 1, source.End, Math.Max(source.HeadStart, t + 1), source.HeadEnd);
    }

    /// <summary>
    /// The clause before the subject as content: at least three words or a quotation; for a verb that needs a clause,
    /// only a direct quotation, unless the verb reports the clause before it and closes the sentence ("..., he noted.").
    /// </summary>
    private static (int Start, int End)? ContentBefore(SentenceExtraction state, CueCandidate cue, PhraseRange source, int limit)
    {
        var v = state.View;
        if (ContentSpans.Before(state, source.Start, limit) is not { } before) return null;
        if (ContentSpans.WordCount(v, before.Start, before.End) < 3 && !v.InQuote(before.Start)) return null;
        if (cue.Behaviour.NeedsClause && ContentSpans.QuoteKindOf(v, before.Start, before.End) != QuoteKinds.Direct
            && !(cue.Behaviour.ReportsBefore && ClosesSentence(state, ContentSpans.SkipAdjuncts(state, cue.End))))
        {
            return null;
        }
        return before;
    }

    /// <summary>Whether nothing but the end of the sentence, or ", citing ..." (a participle's own attribution), follows
    /// <paramref name="k"/>: "..., the Ledger reported Sunday, citing internal memos."</summary>
    private static bool ClosesSentence(SentenceExtraction state, int k) =>
        k >= state.View.ContentLimit || (state.View.IsComma(k) && state.CueAt(k + 1) is { IsParticiple: true } participle && state.View.Is(participle.Start, "citing"));

    /// <summary>"By nightfall, sources said, fighting went on": an attribution between commas, with a clause after it.</summary>
    private static bool IsParenthetical(SentenceExtraction state, CueCandidate cue, PhraseRange source, (int Start, int End)? before, int afterComma, int limit)
    {
        var v = state.View;
        int next = afterComma + 1;
        bool commaBefore = source.Start - 1 > limit && v.IsComma(source.Start - 1);
        return commaBefore && state.CueAt(next) is not { IsParticiple: true }
            && (before is null || ContentSpans.WordCount(v, before.Value.Start, before.Value.End) < 4 || IsOpeningAdjunct(v, before.Value.Start, before.Value.End))
            && (!cue.Behaviour.NeedsClause || cue.Behaviour.ReportsBefore) && !v.In(next, GrammarWords.Subordinators) && !v.In(next, GrammarWords.Prepositions)
            && !v.Is(next, "and");
    }

    /// <summary>
    /// "But in recent days, advisers to Mr. Obama say, the president ...": what comes before the attribution is a
    /// prepositional adjunct (after a conjunction, at most), not a clause: no verb form, at most eight words.
    /// </summary>
    private static bool IsOpeningAdjunct(SentenceView v, int start, int end)
    {
        int t = start;
        if (v.Is(t, "but") || v.Is(t, "and") || v.Is(t, "yet") || v.Is(t, "so")) t++;
        if (!v.In(t, GrammarWords.Prepositions) || ContentSpans.WordCount(v, start, end) > 8) return false;
        for (int i = t + 1; i < end; i++)
        {
            if (v.In(i, GrammarWords.BeForms) || v.In(i, GrammarWords.Auxiliaries) || v.IsQuoteMark(i) || v.IsComma(i)) return false;
        }
        return true;
    }

    /// <summary>Adds the relation with the content from <paramref name="start"/> to its forward end, when it has words.</summary>
    private static bool TryForward(SentenceExtraction state, CueCandidate cue, PhraseRange source, int start, int qualifierStart, int qualifierEnd, string rule)
    {
        var (s, e) = ContentSpans.Trim(state.View, start, ContentSpans.ForwardEnd(state, start));
        if (!ContentSpans.HasWords(state.View, s, e)) return false;
        Add(state, cue, source, s, e, qualifierStart, qualifierEnd, rule);
        return true;
    }

    /// <summary>"..., said X (, a spokesman for Y)." — only with verbs that take this order, closing the sentence.</summary>
    private static bool Inverted(SentenceExtraction state, CueCandidate cue, int limit, string rule)
    {
        var v = state.View;
        int comma = cue.Start - 1;
        while (comma > limit && v.IsQuoteMark(comma)) comma--; // "...,'' said Mr. Burman" with marks the text model did not pair
        if (!(v.IsComma(comma) || v.IsQuoteMark(cue.Start - 1)) || comma <= limit || !cue.Behaviour.Inverts) return false;
        if (SourcePhrases.SourceRight(state, cue.End, allowApposition: true) is not { } inverted) return false;
        int rest = ContentSpans.SkipAdjuncts(state, inverted.End);
        bool closes = rest >= v.ContentLimit || (v.IsComma(rest) && state.CueAt(rest + 1) is { IsParticiple: true } or { IsAccordingTo: true })
            || IsPlainTail(state, rest);
        // "..., said Lisa Ortega, director of the county health department.": an apposition without an article that runs to
        // the end of the sentence, where no more content can follow.
        if (!closes && SourcePhrases.SourceRight(state, cue.End, allowApposition: true, anyOpener: true) is { } wider && wider.End > inverted.End
            && ContentSpans.SkipAdjuncts(state, wider.End) is var widerRest && widerRest >= v.ContentLimit)
        {
            (inverted, rest, closes) = (wider, widerRest, true);
        }
        if (!closes) return false;
        var (cs, ce) = ContentSpans.Trim(v, limit, comma);
        if (!ContentSpans.HasWords(v, cs, ce)) return false;
        Add(state, cue, inverted, cs, ce, inverted.End, rest, rule == RuleName ? "inverted" : rule);
        return true;
    }

    /// <summary>The colon that ends the sentence with only the listener and adjuncts between it and the cue, or -1.</summary>
    private static int ColonClosing(SentenceExtraction state, CueCandidate cue)
    {
        var v = state.View;
        int k = cue.End;
        if (cue.Behaviour.Listener) k = ContentSpans.SkipListener(state, k);
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
