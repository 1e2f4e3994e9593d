namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Noun cues of <see cref="CueNounLexicon"/> with a source and a content: <c>Senator Dale Morrow's claim that crime had
/// doubled</c>, <c>her warning that ...</c>, <c>its pledge to build ...</c>, <c>his call for an inquiry</c>, <c>warnings
/// from the union that ...</c>. The source is the possessor (a possessive determiner or a phrase in 's, with up to
/// <see cref="MaxModifiers"/> modifiers before the noun: "Trump's own admission", "his veto threat") or the object of
/// the noun's source preposition. The content is a that-clause, a quotation after a colon, a to-infinitive for nouns
/// that take one, or the object of the noun's content preposition. A noun that only points back ("The claims could not
/// be verified", "his comments") has no content and is not a cue.
/// </summary>
internal sealed class NounCueRule : IAttributionRule
{
    public const string RuleName = "noun_cue";

    public string Name => RuleName;

    /// <summary>The most modifiers between the possessor and the noun.</summary>
    private const int MaxModifiers = 2;

    /// <summary>Words in 's that are contractions, not possessors.</summary>
    private static readonly WordSet Contractions = new("it's", "that's", "he's", "she's", "there's", "what's", "who's", "here's", "where's", "let's");

    private static readonly WordSet PossessiveDeterminers = new("his", "her", "its", "their");

    /// <summary>Words that cannot stand between a possessor and its noun.</summary>
    private static readonly WordSet NotModifiers = new("of", "to", "and", "or", "but", "about", "against", "into", "as", "than", "for", "with", "not");

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        var nouns = state.Nouns;
        if (nouns.FormCount == 0) return;
        for (int i = 1; i < v.ContentLimit; i++)
        {
            if (!v.IsWord(i) || v.InQuote(i) || !nouns.TryGet(v.Word(i), out var noun) || IsTaken(state, i)) continue;
            int k = i + 1;
            var source = PossessorBefore(state, i);
            if (source is null && noun.SourceAfter.Length > 0 && v.Is(k, noun.SourceAfter)
                && SourcePhrases.SourceRight(state, k + 1, allowApposition: false) is { } after)
            {
                source = after;
                k = after.End;
            }
            source ??= SupportVerbSubject(state, i);
            if (source is not { } s) continue;
            int start = ContentStart(state, noun, k);
            if (start < 0) continue;
            var (cs, ce) = ContentSpans.Trim(v, start, ContentSpans.ForwardEnd(state, start));
            if (!ContentSpans.HasWords(v, cs, ce)) continue;
            var cue = state.CueAt(i) ?? new CueCandidate(i, i + 1, noun.Lemma, noun.Stance, false, false, VerbBehaviour.Default);
            state.Add(new Relation
            {
                Source = s,
                CueStart = i,
                CueEnd = i + 1,
                ContentStart = cs,
                ContentEnd = ce,
                QualifierStart = i + 1,
                QualifierEnd = Math.Max(i + 1, start),
                Lemma = noun.Lemma,
                Stance = noun.Stance,
                QuoteKind = ContentSpans.QuoteKindOf(v, cs, ce),
                Rule = Name,
            }, cue);
        }
    }

    /// <summary>True when a token of the sentence is a noun cue form (the extractor's test before reading a sentence without verb cues).</summary>
    public static bool MayApply(SentenceView v, CueNounLexicon nouns)
    {
        if (nouns.FormCount == 0) return false;
        for (int i = 1; i < v.Count; i++)
        {
            if (v.IsWord(i) && nouns.TryGet(v.Word(i), out _)) return true;
        }
        return false;
    }

    /// <summary>True when a relation found before uses the token: its cue, its source, or the medium after its cue ("said in its statement that").</summary>
    private static bool IsTaken(SentenceExtraction state, int i)
    {
        if (state.CueAt(i) is { Used: true }) return true;
        foreach (var r in state.Found)
        {
            if ((i >= r.CueStart && i < r.CueEnd) || (i >= r.QualifierStart && i < r.QualifierEnd) || (i >= r.Source.Start && i < r.Source.End)
                || (i >= r.Source.AdjunctStart && i < r.Source.AdjunctEnd))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The possessor of the noun at <paramref name="noun"/>: "his", "its", "Senator Dale Morrow's", "the district's", "parents'".</summary>
    private static PhraseRange? PossessorBefore(SentenceExtraction state, int noun)
    {
        var v = state.View;
        int j = noun - 1;
        for (int m = 0; m < MaxModifiers && IsModifier(state, j); m++) j--;
        if (v.InQuote(j) || !v.IsWord(j)) return null;
        if (v.In(j, PossessiveDeterminers)) return IsMedium(v, j) ? null : PhraseRange.Head(j, j + 1);
        var word = v.Word(j);
        bool possessive = (word.EndsWith("'s") || (word.EndsWith("s'") && word.Length > 2)) && !v.In(j, Contractions);
        if (!possessive) return null;
        int start = j;
        if (v.IsCapitalised(j))
        {
            while (start > 0 && (v.IsCapitalised(start - 1) || IsTitleWithPeriod(v, start - 1)) && !v.InQuote(start - 1)) start--;
        }
        else
        {
            for (int m = 0; m < MaxModifiers && IsModifier(state, start - 1) && !v.IsLyAdverb(start - 1); m++) start--;
        }
        if (v.Is(start - 1, "the")) start--;
        return IsMedium(v, start) ? null : PhraseRange.Head(start, j + 1);
    }

    /// <summary>Verbs that carry a reporting noun as their object ("issued a warning that", "voiced fears that", "made the
    /// argument that", "began circulating claims that"): the verb's subject is the noun's source.</summary>
    internal static readonly WordSet SupportVerbs = new("issued", "issues", "issue", "issuing", "made", "makes", "make", "making",
        "voiced", "voices", "voice", "voicing", "expressed", "expresses", "express", "expressing", "raised", "raises", "raising",
        "spread", "spreads", "spreading", "circulated", "circulates", "circulating", "repeated", "repeats", "repeating",
        "renewed", "renews", "renewing", "reiterated", "reiterates", "reiterating", "leveled", "levelled", "levels", "leveling",
        "offered", "offers", "offering", "gave", "gives", "giving", "delivered", "delivers", "delivering", "sent", "sends", "sending");

    /// <summary>Verbs of beginning and going on before the support verb's -ing form ("began circulating claims").</summary>
    private static readonly WordSet AspectVerbs = new("began", "begun", "begins", "started", "starts", "continued", "continues", "kept", "keeps");

    /// <summary>
    /// The subject of a support verb whose object is the noun at <paramref name="noun"/> (determiners and up to
    /// <see cref="MaxModifiers"/> modifiers between): "The ministry issued a warning that ...", "Rebel channels began
    /// circulating claims that ...", "The campaign has been spreading claims that ...". Null when no such verb stands there
    /// or its subject is no source phrase.
    /// </summary>
    private static PhraseRange? SupportVerbSubject(SentenceExtraction state, int noun)
    {
        var v = state.View;
        int j = noun - 1;
        for (int skipped = 0; j >= 1 && !v.In(j, SupportVerbs); j--, skipped++)
        {
            bool determiner = v.In(j, GrammarWords.Determiners) && !v.In(j, PossessiveDeterminers);
            if (skipped > MaxModifiers || !(determiner || IsModifier(state, j))) return null;
        }
        if (j < 1 || !v.IsWord(j) || v.IsCapitalised(j) || v.InQuote(j)) return null;
        int verb = j;
        if (v.Word(verb).EndsWith("ing", StringComparison.Ordinal) && v.In(verb - 1, AspectVerbs)) verb--;
        return SourcePhrases.SubjectLeft(state, verb, 0, allowBe: true);
    }

    /// <summary>"said in her opening statement that ...": a noun after "in" is the medium of a verb's report, not a cue of its own.</summary>
    private static bool IsMedium(SentenceView v, int possessorStart) => v.Is(possessorStart - 1, "in");

    private static bool IsTitleWithPeriod(SentenceView v, int t) => v.IsWord(t) && v.Word(t).EndsWith('.') && v.IsCapitalised(t);

    /// <summary>A lowercase word that can stand before a noun: "own", "repeated", "veto", "latest".</summary>
    private static bool IsModifier(SentenceExtraction state, int t)
    {
        var v = state.View;
        if (v.IsNumber(t)) return true;
        if (!v.IsWord(t) || v.IsCapitalised(t) || v.InQuote(t) || state.IsCue(t)) return false;
        if (v.In(t, GrammarWords.Determiners) || v.In(t, GrammarWords.Prepositions) || v.In(t, GrammarWords.Subordinators) || v.In(t, GrammarWords.BeForms)
            || v.In(t, GrammarWords.Auxiliaries) || v.In(t, GrammarWords.SubjectPronouns) || v.In(t, GrammarWords.ObjectPronouns) || v.In(t, NotModifiers))
        {
            return false;
        }
        var word = v.Word(t);
        return !word.EndsWith("'s") && !word.EndsWith("'");
    }

    /// <summary>
    /// "the demands that come with the job", "the demand that cooled": a lowercase word that is not a determiner, pronoun
    /// or number, followed by a preposition, a determiner, an object pronoun or the end of the clause, is the verb of a
    /// relative clause, where a that-clause would have its subject ("that crime had doubled").
    /// </summary>
    private static bool OpensWithVerb(SentenceView v, int c)
    {
        if (!v.IsWord(c) || v.IsCapitalised(c) || v.In(c, GrammarWords.Determiners) || v.In(c, GrammarWords.SubjectPronouns)
            || v.In(c, GrammarWords.ObjectPronouns))
        {
            return false;
        }
        int next = c + 1;
        if (v.In(next, GrammarWords.Prepositions)) return !HasFiniteVerb(v, next + 1); // not "that crime in the district had doubled"
        return next >= v.ContentLimit || v.IsTerminal(next) || v.IsComma(next)
            || v.In(next, GrammarWords.Determiners) || v.In(next, GrammarWords.ObjectPronouns) || v.Is(next, "to");
    }

    /// <summary>True when an auxiliary or a form of "be" comes within a few words of <paramref name="from"/>, before the clause ends.</summary>
    private static bool HasFiniteVerb(SentenceView v, int from)
    {
        for (int t = from; t < v.ContentLimit && t < from + 6; t++)
        {
            if (v.IsComma(t) || v.IsTerminal(t)) return false;
            if (v.In(t, GrammarWords.BeForms) || v.In(t, GrammarWords.Auxiliaries)) return true;
        }
        return false;
    }

    /// <summary>Where the noun's content opens after <paramref name="k"/>, or -1 when nothing after it is a content.</summary>
    private static int ContentStart(SentenceExtraction state, CueNoun noun, int k)
    {
        var v = state.View;
        if (v.Is(k, "that") && !v.InQuote(k))
        {
            int c = k + 1;
            if (v.IsComma(c)) c++;
            // "the claim that was debunked", "the statement that said": a relative clause, not the content.
            if (v.In(c, GrammarWords.BeForms) || v.In(c, GrammarWords.Auxiliaries) || state.IsVerbForm(c) || OpensWithVerb(v, c)) return -1;
            return c;
        }
        if (v.IsPunct(k, ':') && v.IsQuoteMark(k + 1)) return k + 1;
        if (noun.Infinitive && v.Is(k, "to") && v.IsWord(k + 1) && !v.IsCapitalised(k + 1) && !v.In(k + 1, GrammarWords.Determiners)
            && !v.In(k + 1, GrammarWords.ObjectPronouns) && !v.Word(k + 1).EndsWith("'s"))
        {
            return k;
        }
        if (noun.ObjectAfter.Length > 0 && v.Is(k, noun.ObjectAfter) && v.IsWord(k + 1)) return k + 1;
        return -1;
    }
}
