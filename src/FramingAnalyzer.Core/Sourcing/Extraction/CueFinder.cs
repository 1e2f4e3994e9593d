namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Finds the reporting cues of a sentence: reporting-verb forms (trie over the lexicon's forms) and "according to",
/// outside quotations. A form used as a noun or adjective ("the report", "an alleged attack", "40 alleged
/// collaborators", "claims of") is not a cue.
/// </summary>
internal static class CueFinder
{
    /// <summary>The cues of the sentence, and which tokens are reporting-verb forms at all (cue or not).</summary>
    /// <param name="detector">When given, also the words it takes for cues among those the lexicon does not know (<see cref="CueDetector"/>).</param>
    public static (List<CueCandidate> Cues, bool[] VerbForms) Find(SentenceView view, ReportingVerbLexicon verbs, CueDetector? detector = null)
    {
        var cues = new List<CueCandidate>();
        var verbForms = new bool[view.Count];
        var nounForms = new bool[view.Count];
        var tokens = view.Document.Tokens;
        int limit = view.First + view.Count;
        for (int i = 0; i < view.Count; i++)
        {
            if (!view.IsWord(i) || view.InQuote(i)) continue;
            if (view.Is(i, "according") && view.Is(i + 1, "to"))
            {
                cues.Add(new CueCandidate(i, i + 2, ReportingVerbLexicon.AccordingToLemma, ReportingVerbLexicon.NeutralStance, false, true, VerbBehaviour.Default));
                i++;
                continue;
            }
            if (NameWords.IsNamePart(view, i)) continue; // "Hope Hicks said"
            int length = verbs.Match(view.Norm, tokens, view.DocIndex(i), limit, out var verb);
            if (length == 0) continue;
            // "The annual report said ...", "The claim says ...": a form right before a finite reporting verb heads its subject.
            if (HeadsSubjectOfNextVerb(view, verbs, verb, i, i + length, limit))
            {
                nounForms[i + length - 1] = true;
                i += length - 1;
                continue;
            }
            for (int t = i; t < i + length; t++) verbForms[t] = true;
            bool afterVerb = i > 0 && verbForms[i - 1] && !nounForms[i - 1]; // "said reports were false", "to confirm reports"; not "the report said"
            bool noun = LooksLikeNoun(view, i, i + length, verb) || (length == 1 && IsStateBeforeNoun(view, i))
                || IsReducedRelative(view, verbs, verb, i, i + length, limit)
                || AsksNotToBeNamed(view, i + length);
            if (noun) nounForms[i + length - 1] = true;
            if (!afterVerb && !noun)
            {
                cues.Add(new CueCandidate(i, i + length, verb.Lemma, verb.Stance, verb.IsParticiple, false, verb.Behaviour));
            }
            else if (!afterVerb && verb.IsParticiple && IsGerundAfterPreposition(view, i))
            {
                cues.Add(new CueCandidate(i, i + length, verb.Lemma, verb.Stance, true, false, verb.Behaviour, afterPreposition: true));
            }
            i += length - 1;
        }
        if (detector is not null) AddLearned(view, detector, cues, verbForms, nounForms);
        return (cues, verbForms);
    }

    private static readonly WordSet StateTitles = new("sen.", "sen", "rep.", "rep", "senator", "representative", "del.", "treasurer", "auditor",
        "comptroller", "superintendent", "attorney", "trooper", "troopers", "tv", "television", "media");

    /// <summary>"state" naming the state, not reporting: before a lower-case noun ("a Democratic state senator", "Ohio
    /// state officials said"), a title ("Texas state Sen. Ann Kell") or "TV" ("Iranian state TV"); not before "that", a
    /// determiner, a pronoun or an adverb ("Officials state that ...", "the figures state the obvious", "the filings state
    /// clearly").</summary>
    private static bool IsStateBeforeNoun(SentenceView view, int i)
    {
        if (!view.Is(i, "state") || i + 1 >= view.Count || !view.IsWord(i + 1) || view.InQuote(i + 1)) return false;
        if (view.IsCapitalised(i + 1)) return view.In(i + 1, StateTitles);
        return !view.Is(i + 1, "that") && !view.In(i + 1, GrammarWords.Determiners) && !view.In(i + 1, GrammarWords.ObjectPronouns)
            && !view.In(i + 1, GrammarWords.Prepositions) && !view.In(i + 1, GrammarWords.Adverbs) && !view.Word(i + 1).EndsWith("ly");
    }

    /// <summary>
    /// The detector's cues: candidates (<see cref="CueFeatures.IsCandidate"/>) in a subject slot
    /// (<see cref="CueFeatures.HasSubjectSlot"/>) that are no lexicon form and lie in no cue, scored at or above the
    /// detector's threshold; one token each, neutral, with the default behaviour (any content, no inversion), a
    /// participle when it ends in -ing. Kept in text order with the lexicon's cues.
    /// </summary>
    private static void AddLearned(SentenceView view, CueDetector detector, List<CueCandidate> cues, bool[] verbForms, bool[] nounForms)
    {
        CueFeatures.SentenceFacts? facts = null;
        int added = 0;
        for (int i = 1; i < view.Count; i++)
        {
            if (verbForms[i] || nounForms[i] || !CueFeatures.IsCandidate(view, i) || !CueFeatures.HasSubjectSlot(view, i)) continue;
            facts ??= CueFeatures.SentenceFacts.Of(view, verbForms);
            if (!detector.IsCue(view, i, verbForms, facts.Value)) continue;
            bool inCue = false;
            foreach (var cue in cues) inCue |= i >= cue.Start && i < cue.End;
            if (inCue) continue;
            var word = view.Word(i).ToString();
            cues.Add(new CueCandidate(i, i + 1, word, ReportingVerbLexicon.NeutralStance, word.EndsWith("ing", StringComparison.Ordinal), false,
                VerbBehaviour.Default, learned: true));
            added++;
        }
        if (added > 0) cues.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// A lower-case bare or plural form directly followed by another reporting form that is finite ("report said",
    /// "claim says", "reports show"): the first is a noun, the subject of the second.
    /// </summary>
    private static bool HeadsSubjectOfNextVerb(SentenceView view, ReportingVerbLexicon verbs, ReportingVerb verb, int start, int end, int limit)
    {
        if (end != start + 1 || end >= view.Count || !view.IsWord(end) || view.InQuote(end) || view.IsCapitalised(end)) return false;
        var form = view.Word(start);
        // Only the bare form or its plural can be a noun ("report", "reports"; not "said" in "the data they said proved ...").
        bool bare = form.SequenceEqual(verb.Lemma) || (form.Length == verb.Lemma.Length + 1 && form.StartsWith(verb.Lemma) && form.EndsWith("s"));
        if (!bare || (view.IsCapitalised(start) && start > 0)) return false;
        if (verbs.Match(view.Norm, view.Document.Tokens, view.DocIndex(end), limit, out var next) != 1 || next.IsParticiple) return false;
        var nextForm = view.Word(end);
        // "Campaign finance reports show", "The reports show": a plural and a bare verb that agrees with it; not after a
        // name, whose verb the -s form is ("Trump blasts report on ...").
        if (form.Length == verb.Lemma.Length + 1 && nextForm.SequenceEqual(next.Lemma)
            && (start == 0 || (view.IsWord(start - 1) && !view.IsCapitalised(start - 1)))) return true;
        return nextForm.EndsWith("s") || nextForm.EndsWith("ed") || nextForm is "said" or "told" or "found" or "wrote" or "thought" or "held";
    }

    /// <summary>Prepositions whose gerund shares the subject of its clause: "responded by saying", "after saying", "in saying".</summary>
    private static readonly WordSet GerundPrepositions = new("by", "after", "before", "in", "while");

    /// <summary>
    /// "X responded to a mother by saying ...": an -ing form right after one of <see cref="GerundPrepositions"/>, not at
    /// the start of the sentence ("After saying ..., she left" names its speaker later) and not inside a quotation.
    /// </summary>
    private static bool IsGerundAfterPreposition(SentenceView view, int start) =>
        start >= 2 && view.In(start - 1, GerundPrepositions) && !view.IsCapitalised(start) && view.IsWord(start - 2);

    /// <summary>
    /// "the agency's investigative report", "with post-traumatic stress": a bare form right after a lower-case adjective
    /// (singular, so a present-tense verb after it would need -s) is a noun. Pronouns, auxiliaries, adverbs and joining
    /// words before it keep the verb.
    /// </summary>
    private static bool IsBareFormAfterAdjective(SentenceView view, int start, ReportingVerb verb)
    {
        int before = start - 1;
        if (before < 0 || !view.IsWord(before) || view.IsCapitalised(before) || view.InQuote(before)) return false;
        if (!view.Word(start).SequenceEqual(verb.Lemma) || verb.Lemma.Length == 0) return false;
        var previous = view.Word(before);
        // "a rousing welcome", "a bizarre rant": after "a" and an adjective, a bare form is a singular noun (a singular
        // subject would take the -s form); not after a quantity ("A majority say ...").
        if ((view.Is(before - 1, "a") || view.Is(before - 1, "an")) && LooksLikeAdjective(previous)) return true;
        // "the department's monthly report", "its annual report": a word of the -ly nouns and adjectives list before a bare form.
        if (view.In(before, GrammarWords.LyNouns) && (view.In(before - 1, GrammarWords.Determiners) || view.Word(before - 1).EndsWith("'s"))) return true;
        if (previous.Length < 4 || previous.EndsWith("s") || previous.EndsWith("'") || previous.EndsWith("ly") || previous.Contains('\'')) return false;
        if (view.InAny(before, NoModifierBits)) return false;
        if (previous.EndsWith("ive")) return true;
        // -ic and -al words are nouns as often as adjectives ("Staff at the clinic say", "the hospital say"): only without a
        // determiner before them ("with post-traumatic stress").
        return (previous.EndsWith("ic") || previous.EndsWith("al")) && !view.In(before - 1, GrammarWords.Determiners);
    }

    private static readonly string[] AdjectiveEndings = ["ing", "ive", "ous", "ful", "less", "ed", "ant", "ent", "ary", "ic", "al", "ble"];
    private static readonly WordSet PlainAdjectives = new("bizarre", "long", "brief", "short", "new", "strong", "fierce", "sharp",
        "angry", "harsh", "stern", "rare", "stark", "blunt", "swift", "terse", "clear", "firm", "warm", "cool", "mild", "bold", "broad");

    private static bool LooksLikeAdjective(ReadOnlySpan<char> word)
    {
        if (PlainAdjectives.Contains(word)) return true;
        foreach (var ending in AdjectiveEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A past participle set off by commas after its noun, with the clause's own reporting verb after the second comma
    /// ("The tweet, posted Monday, claimed that ...", "The report, posted after midnight, found ..."): it describes the
    /// subject and reports nothing itself.
    /// </summary>
    private static bool IsReducedRelative(SentenceView view, ReportingVerbLexicon verbs, ReportingVerb verb, int start, int end, int limit)
    {
        if (end != start + 1 || start < 2 || !view.IsComma(start - 1) || !view.IsWord(start - 2) || view.IsCapitalised(start)) return false;
        if (!IsPastForm(view.Word(start), verb.Lemma) || verb.IsParticiple) return false;
        for (int j = end; j < view.Count && j < end + 8; j++)
        {
            if (view.InQuote(j) || view.Is(j, "that") || view.In(j, GrammarWords.SubjectPronouns)) return false;
            if (!view.IsComma(j)) continue;
            int k = j + 1;
            while (k < view.Count && view.IsLyAdverb(k)) k++;
            return k < view.Count && verbs.Match(view.Norm, view.Document.Tokens, view.DocIndex(k), limit, out var next) > 0 && !next.IsParticiple
                && !view.IsCapitalised(k);
        }
        return false;
    }

    /// <summary>"who asked not to be named", "who requested not to be identified": a source's wish for anonymity, not a
    /// report.</summary>
    private static bool AsksNotToBeNamed(SentenceView view, int next) =>
        view.Is(next, "not") && view.Is(next + 1, "to") && view.Is(next + 2, "be");

    /// <summary>A verb form that is neither the bare form nor an -s or -ing form: "said", "warned", "wrote".</summary>
    private static bool IsPastForm(ReadOnlySpan<char> form, string lemma) =>
        !form.SequenceEqual(lemma) && !form.EndsWith("s") && !form.EndsWith("ing");

    private static readonly ulong NoModifierBits = GrammarWords.Bits(GrammarWords.SubjectPronouns, GrammarWords.Auxiliaries, GrammarWords.BeForms,
        GrammarWords.Adverbs, GrammarWords.Subordinators, GrammarWords.Discourse, GrammarWords.PluralNouns, GrammarWords.Prepositions);

    private static readonly WordSet TextNouns = new("report", "survey", "study", "poll", "tweet", "post", "memo", "analysis", "review",
        "audit", "forecast", "estimate", "statement", "release", "filing", "letter", "note", "claim", "complaint", "lawsuit", "warning");

    private static bool LooksLikeNoun(SentenceView view, int start, int end, ReportingVerb verb)
    {
        // "A World Bank report", "the Pew survey": a bare form after a determiner and a name is the name's noun.
        // Only forms that are also nouns of a written or spoken text, so that a plural name or a body keeps its verb
        // ("The Clintons say", "Republicans in the Senate refuse").
        if (end == start + 1 && view.Word(start).SequenceEqual(verb.Lemma) && start >= 2 && view.IsCapitalised(start - 1) && !view.IsCapitalised(start)
            && TextNouns.Contains(view.Word(start)) && !view.Is(end, "that")) // "a New York Times report that ..." reports
        {
            int d = start - 1;
            while (d > 0 && view.IsCapitalised(d) && start - d <= 4) d--;
            if (view.In(d, GrammarWords.Determiners)) return true;
        }
        if (view.IsCapitalised(start) && start > 0 && !view.IsTitleCase && !view.IsQuoteMark(start - 1)) return true;
        int before = start - 1;
        if (before >= 0)
        {
            if (view.IsNumber(before) && !(view.Is(before - 1, "in") || view.Is(before - 1, "since"))) return true; // "40 alleged collaborators", not "in 2010 said"
            // "the report", "after saying", "to say": a noun, a participle after a preposition, an infinitive.
            // "quoted as saying", "quoted Ada Holm as saying" stay cues: the passive rule reads them.
            // "continued to insist", "went on to explain": the infinitive of a raising verb is the clause's verb.
            if (view.In(before, GrammarWords.NounGuards) && !(view.Is(before, "as") && (PassiveRule.QuotedBefore(view, before) ?? PassiveRule.QuotedObjectBefore(view, before)) is not null)
                && !(view.Is(before, "to") && SourcePhrases.RaisingVerbBefore(view, before - 1, 0) is not null))
            {
                return true;
            }
            var previous = view.Word(before);
            // "the bank's report": a possessor's noun; but a name ending in 's before a past form is its subject ("Moody's said",
            // "McDonald's warned"): no noun has that form.
            if (view.IsWord(before) && previous.EndsWith("'s") && !view.In(before, GrammarWords.BeForms) && !view.In(before, GrammarWords.ContractedSubjects)
                && !(view.IsCapitalised(before) && IsPastForm(view.Word(end - 1), verb.Lemma)))
            {
                return true;
            }
            // "began circulating claims that", "kept repeating claims": the object of a support verb's -ing form is a noun
            // (NounCueRule reads the support verb's subject as its source).
            if (end == start + 1 && view.IsWord(before) && !view.IsCapitalised(before) && previous.EndsWith("ing") && view.In(before, NounCueRule.SupportVerbs)) return true;
            // "his early-morning tweets", "a flurry of late-night posts": an -s form after a hyphenated modifier is a plural noun.
            if (end == start + 1 && view.IsWord(before) && !view.IsCapitalised(before) && previous.Contains('-') && view.Word(start).EndsWith("s")
                && (view.In(before - 1, GrammarWords.Determiners) || view.Is(before - 1, "of") || (view.IsWord(before - 1) && view.Word(before - 1).EndsWith("'s"))))
            {
                return true;
            }
        }
        var form = view.Word(end - 1);
        if (end == start + 1 && IsBareFormAfterAdjective(view, start, verb)) return true;
        if (form.SequenceEqual("think") && (view.Is(end, "tank") || view.Is(end, "tanks"))) return true; // "a liberal think tank"
        // "state officials", "report cards": the bare form of a clause-only verb before a lowercase plural is a noun.
        if (verb.Behaviour.NeedsClause && form.SequenceEqual(verb.Lemma) && view.IsWord(end) && !view.IsCapitalised(end)
            && view.Word(end).EndsWith("s") && !view.In(end, GrammarWords.SubjectPronouns) && !view.In(end, GrammarWords.Determiners))
        {
            return true;
        }
        // "..., state Sen. Tomas Berg said", "by state senator Ana Ruiz": the bare form of a clause-only verb before a title or
        // a person's role noun, with no subject before it (a phrase or clause opens there), modifies that noun; "polls show
        // President ..." keeps its verb.
        if (verb.Behaviour.NeedsClause && form.SequenceEqual(verb.Lemma) && !view.IsCapitalised(start)
            && (view.In(end, GrammarWords.Honorifics) || view.In(end, GrammarWords.PersonNouns))
            && (start == 0 || !view.IsWord(start - 1) || view.In(start - 1, GrammarWords.Prepositions) || view.In(start - 1, GrammarWords.Discourse)))
        {
            return true;
        }
        if (!verb.IsParticiple && form.EndsWith("s") && view.Is(end, "of") && !form.SequenceEqual("says")) return true; // "claims of", "reports of"; not "says of"
        return false;
    }
}
