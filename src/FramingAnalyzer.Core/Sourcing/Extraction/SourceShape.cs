namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The last check on a relation's source: a source is a noun phrase. A passive participle with its by-phrase is cut to
/// the agent ("welcomed by senior lawmakers, who also said" → "senior lawmakers"); a source that cannot be a noun phrase
/// drops the relation: a lone lower-case participle or "other" ("fueling worries", "other remarks"), a phrase ending in
/// a preposition, determiner or conjunction ("Trump's flurry of"), a contracted first or second person ("I'm told",
/// "You'd think"), the object of a causative or an imperative ("let editorials tell",
/// "help Mr. Volkov maintain", "please ask") and a participle with its prepositional phrase ("pilloried for years for
/// making dubious claims"), and a prepositional phrase after an inverted cue ("shouted to the crowd"). A lower-case
/// medium noun before a name is the end of an introductory phrase, not part of the source ("In a Harbor Herald interview
/// Lind declared" → "Lind"); a name followed by a common verb's past form is cut to the name ("Lind took to social media
/// to ... urge" → "Lind").
/// </summary>
internal static class SourceShape
{
    private static readonly WordSet Dangling = new("of", "for", "from", "at", "with", "in", "on", "by", "to", "and", "or", "the", "a", "an", "into", "about");
    private static readonly WordSet LoneWords = new("other", "another", "such");

    /// <summary>Words after "a" or "an" that make a plural subject ("a majority say").</summary>
    private static readonly WordSet PluralQuantities = new("few", "majority", "minority", "number", "lot", "third", "quarter", "half", "handful", "couple", "host", "group", "series", "variety", "range");

    /// <summary>Verbs whose object is followed by a bare verb ("let X tell", "make X testify"), and "please".</summary>
    private static readonly WordSet Causatives = new("let", "lets", "make", "makes", "help", "helps", "helped", "please", "go", "watch");

    /// <summary>Past forms of common verbs that follow a subject ("Lind took to ...", "Lind went on television to ...").</summary>
    private static readonly WordSet PastForms = new("took", "went", "came", "made", "gave", "got", "ran", "sent", "left", "kept", "held",
        "turned", "moved", "rushed", "stepped", "headed", "sought", "tried", "used", "appeared", "returned", "began", "hit", "struck");

    /// <summary>Medium nouns that end an introductory phrase before a name ("In a ... interview Lind declared").</summary>
    private static readonly WordSet MediumNouns = new("interview", "interviews", "statement", "speech", "address", "op-ed", "column",
        "podcast", "broadcast", "appearance", "remarks", "letter", "video", "post", "tweet", "email", "e-mail", "call", "briefing");

    public static Relation? Check(SentenceView v, Relation relation)
    {
        var source = relation.Source;
        // "shouted to the crowd": after an inverted cue, a prepositional phrase is where the words went, not who spoke.
        if (source.Start > relation.CueStart && v.IsWord(source.Start) && !v.IsCapitalised(source.Start)
            && (v.In(source.Start, GrammarWords.Prepositions) || v.Is(source.Start, "to")))
        {
            return null;
        }
        relation = relation with { Source = source = AfterMediumNoun(v, source) };
        relation = relation with { Source = source = BeforePastForm(v, source) };
        if (source.HeadEnd <= source.HeadStart) return relation;
        if (IsContractedPronoun(v, source.HeadStart) && source.HeadEnd - source.HeadStart == 1) return null;
        if (source.HeadEnd - source.HeadStart == 1 && v.IsWord(source.HeadStart) && !v.IsCapitalised(source.HeadStart))
        {
            var word = v.Word(source.HeadStart);
            if (LoneWords.Contains(word) || (word.Length > 5 && (word.EndsWith("ing") || word.EndsWith("ed")))) return null;
        }
        if (v.In(source.HeadEnd - 1, Dangling)) return null;
        if (v.In(source.Start, Causatives) && !v.IsCapitalised(source.Start)) return null;
        if (DisagreesInNumber(v, source, relation)) return null;
        if (IsPossessorOfBareForm(v, source, relation)) return null;
        // "pilloried for years for making ... claims": a participle and its prepositional phrase, not a noun phrase.
        if (v.IsWord(source.Start) && !v.IsCapitalised(source.Start) && v.Word(source.Start).Length > 4 && v.Word(source.Start).EndsWith("ed")
            && source.Start + 1 < source.HeadEnd && v.In(source.Start + 1, Dangling) && !v.Is(source.Start + 1, "by"))
        {
            return null;
        }
        // "welcomed by senior lawmakers": the agent of a passive participle is the source.
        if (v.IsWord(source.HeadStart) && !v.IsCapitalised(source.HeadStart) && IsParticiple(v.Word(source.HeadStart)))
        {
            for (int t = source.HeadStart + 1; t < source.HeadEnd - 1 && t <= source.HeadStart + 2; t++)
            {
                if (!v.Is(t, "by")) continue;
                int start = t + 1;
                if (v.Is(start, "the") && start + 1 < source.HeadEnd && !v.IsWord(start + 1)) return null;
                return relation with { Source = source with { Start = Math.Max(source.Start, start), HeadStart = start } };
            }
        }
        return relation;
    }

    /// <summary>
    /// "an hourlong show that aired": "a" or "an" and at most two words before a bare verb form is a noun phrase with
    /// the cue's word as its noun, not a subject and its verb ("an hourlong" would need "shows").
    /// </summary>
    private static bool DisagreesInNumber(SentenceView v, PhraseRange source, Relation relation)
    {
        if (!(v.Is(source.Start, "a") || v.Is(source.Start, "an")) || source.HeadEnd - source.Start > 3) return false;
        if (relation.CueEnd - relation.CueStart != 1 || relation.CueStart != source.HeadEnd || !v.IsWord(relation.CueStart)) return false;
        for (int t = source.Start + 1; t < source.HeadEnd; t++)
        {
            if (!v.IsWord(t) || v.IsCapitalised(t) || v.In(t, PluralQuantities)) return false;
        }
        return v.Word(relation.CueStart).SequenceEqual(relation.Lemma);
    }

    /// <summary>
    /// "..., up from the bank's first forecast.": a possessor before the verb's bare form is the possessor of a noun, not
    /// a subject ("'s" as "has" or "is" cannot take a bare form); with the content before it, the noun reports nothing
    /// (with a clause after it, "the agency's earlier claim that ...", it reports like a noun cue and is kept).
    /// </summary>
    private static bool IsPossessorOfBareForm(SentenceView v, PhraseRange source, Relation relation)
    {
        if (relation.Rule != VerbLedRule.RuleName && relation.Rule != AttributionExtractor.LearnedRule) return false;
        if (relation.ContentOutside is not null || relation.ContentStart >= relation.CueEnd) return false;
        int last = source.HeadEnd - 1;
        if (!v.IsWord(last) || relation.CueEnd - relation.CueStart > 2) return false;
        var word = v.Word(last);
        if (!(word.EndsWith("'s") || (word.EndsWith("s'") && word.Length > 2)) || v.In(last, GrammarWords.ContractedSubjects)) return false;
        int cue = relation.CueEnd - 1;
        return v.IsWord(cue) && v.Word(cue).SequenceEqual(relation.Lemma);
    }

    /// <summary>"interview Lind": the span starts with a lower-case medium noun followed by a capitalised name.</summary>
    private static PhraseRange AfterMediumNoun(SentenceView v, PhraseRange source)
    {
        int first = source.Start;
        if (first != source.HeadStart || source.HeadEnd - first < 2 || v.IsCapitalised(first) || !v.In(first, MediumNouns)) return source;
        if (!v.IsCapitalised(first + 1)) return source;
        return source with { Start = first + 1, HeadStart = first + 1, End = Math.Max(source.End, first + 1) };
    }

    /// <summary>"Lind took": a capitalised name and the past form of a common verb ending the span is the name.</summary>
    private static PhraseRange BeforePastForm(SentenceView v, PhraseRange source)
    {
        int last = source.HeadEnd - 1;
        // "The left has claimed": after an article the word is the noun.
        if (source.End != source.HeadEnd || last <= source.HeadStart || !v.In(last, PastForms) || !v.IsCapitalised(last - 1)
            || v.In(last - 1, GrammarWords.Determiners)) return source;
        return source with { End = last, HeadEnd = last };
    }

    private static bool IsParticiple(ReadOnlySpan<char> word) => word.Length > 4 && (word.EndsWith("ed") || word.EndsWith("en"));

    private static bool IsContractedPronoun(SentenceView v, int t)
    {
        if (!v.IsWord(t)) return false;
        var word = v.Word(t);
        return word.StartsWith("i'") || word.StartsWith("you'") || word.StartsWith("we'");
    }
}
