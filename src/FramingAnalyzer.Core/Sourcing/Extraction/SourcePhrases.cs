namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Finds source phrases around a cue without a parser, from token shapes and closed-class words: a noun phrase ends at
/// punctuation, a quotation mark, another cue, an auxiliary or a subordinating word; it may hold prepositional phrases
/// ("a spokesman for the group"), a parenthesis ("(D-N.C.)") and, between commas or dashes, an apposition or relative
/// clause ("Colonel Ilan Dobrev, the army spokesman," / "X, who ..., said"). A leading adjunct ("On Monday the army")
/// is cut off. Phrases longer than <see cref="MaxHead"/> tokens are clauses, not sources.
/// </summary>
internal static class SourcePhrases
{
    public const int MaxHead = 12;

    /// <summary>The longest opening adjunct, in tokens, that <see cref="LeadingSubject"/> looks past.</summary>
    private const int MaxOpeningAdjunct = 14;
    private const int MaxApposition = 30;

    private static readonly WordSet AppositionOpeners = new("a", "an", "the", "who", "whose", "which", "whom", "one", "another",
        "his", "her", "its", "their", "himself", "herself", "formerly", "where", "speaking", "asked", "based", "former", "identified",
        "named", "described", "now", "including");

    private static readonly WordSet ParticipleOpeners = new("speaking", "asked", "based", "formerly", "identified", "named", "described",
        "writing", "appearing", "interviewed", "reached", "contacted", "quoted", "responding");

    /// <summary>What may open an apposition after a source that follows its cue ("..., according to X, the ...").</summary>
    private static readonly WordSet StrictOpeners = new("a", "an", "the", "who", "whose", "which", "whom", "one", "his", "her", "its",
        "their", "formerly", "former");

    private static readonly WordSet RightStops = new("in", "on", "at", "during", "by", "via", "late", "last", "yesterday", "today",
        "tonight", "earlier", "later", "after", "before", "since", "following", "amid", "over", "through", "when", "while", "as",
        "this", "to", "into", "about", "if", "told", "but", "than", "because", "again", "also", "instead");

    /// <summary>Participles that follow the people a survey asked ("voters surveyed", "those polled").</summary>
    private static readonly WordSet SurveyParticiples = new("surveyed", "polled", "interviewed", "questioned", "sampled");

    /// <summary>Quantifiers of "X of whom say ...".</summary>
    private static readonly WordSet QuantifiersOfWhom = new("many", "most", "some", "all", "several", "few", "both", "each", "none", "one",
        "two", "three", "half", "majority");

    /// <summary>The subject of the cue at <paramref name="cue"/>: the phrase ending just before it (adverbs and auxiliaries skipped).</summary>
    public static PhraseRange? SubjectLeft(SentenceExtraction state, int cue, int limit, bool allowBe)
    {
        var v = state.View;
        int j = SkipAdverbsLeft(v, cue - 1, limit, allowBe);
        if (j < limit) return null;
        if (v.Is(j, "whom") && v.Is(j - 1, "of") && j - 2 >= limit && v.In(j - 2, QuantifiersOfWhom))
        {
            return PhraseRange.Head(j - 2, j + 1); // "Residents, many of whom say ...": the quantified pronoun is the source
        }
        if (v.Is(j, "who") || v.Is(j, "which"))
        {
            int k = j - 1;
            if (IsDelimiter(v, k)) k--;
            return NounPhraseLeft(state, k, limit);
        }
        if (IsDelimiter(v, j))
        {
            var appositive = AppositiveLeft(state, j, limit);
            var name = NameBeforeLongApposition(state, j, limit);
            if (appositive is not { } a) return name;
            // "Dora Lind, 59, of Tarsk, Ostmark, who ..., said": the name that opens the clause, not a place among its appositions.
            if (name is { } n && a.HeadStart > n.HeadEnd && !HasAnd(v, n.HeadEnd, a.HeadStart)) return name;
            return NameAfterState(state, a) ?? appositive;
        }
        // "A new poll released on Tuesday found": the time before the verb was skipped; the document with its participle.
        if (j > limit && IsPastParticiple(v, j) && DocumentBeforeParticiple(state, j, limit) is { } released)
        {
            return new PhraseRange(released.Start, j + 1, released.HeadStart, released.HeadEnd);
        }
        return HeadLeft(state, j, limit);
    }

    /// <summary>
    /// "At a bar in Columbus, Ohio, Angela Whitfield, 39, a nurse, said": a one-word head after a capitalised word and a
    /// comma is the state of a "City, State" place; the name of two or more capitalised words after it is the source.
    /// </summary>
    private static PhraseRange? NameAfterState(SentenceExtraction state, PhraseRange found)
    {
        var v = state.View;
        int head = found.HeadStart;
        if (found.HeadEnd != head + 1 || head < 2 || !v.IsComma(head - 1) || !v.IsWord(head - 2) || !v.IsCapitalised(head - 2)) return null;
        if (found.HeadEnd >= found.End || !v.IsComma(found.HeadEnd)) return null;
        int nameStart = found.HeadEnd + 1, nameEnd = nameStart;
        while (nameEnd < found.End && nameEnd - nameStart < 4 && v.IsWord(nameEnd) && v.IsCapitalised(nameEnd) && !state.IsCue(nameEnd)) nameEnd++;
        if (nameEnd - nameStart < 2 || nameEnd < found.End && !IsDelimiter(v, nameEnd)) return null;
        return new PhraseRange(nameStart, found.End, nameStart, nameEnd);
    }

    private static bool HasAnd(SentenceView v, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (v.Is(t, "and") || v.Is(t, "&")) return true;
        }
        return false;
    }

    /// <summary>The longest run of words an apposition after a name may take when the name opens the clause.</summary>
    private const int MaxLongApposition = 50;

    /// <summary>
    /// "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on the Mall, said": appositions too long or too
    /// many to read one by one, after a capitalised name of at most five words that opens the clause (at
    /// <paramref name="limit"/>, or after a closing quotation). Between the name and the cue there is no quotation
    /// mark and no other cue. The name is the head; the appositions up to <paramref name="delimiter"/> belong to the source.
    /// </summary>
    private static PhraseRange? NameBeforeLongApposition(SentenceExtraction state, int delimiter, int limit)
    {
        var v = state.View;
        int start = limit;
        for (int t = delimiter - 1; t >= limit; t--)
        {
            if (v.IsDoubleQuoteMark(t) && !v.IsNicknameMark(t)) { start = t + 1; break; }
        }
        while (start < delimiter && (v.IsQuoteMark(start) || v.IsComma(start))) start++;
        int nameEnd = start;
        while (nameEnd < delimiter && nameEnd - start < 5 && v.IsWord(nameEnd) && v.IsCapitalised(nameEnd) && !state.IsCue(nameEnd)) nameEnd++;
        if (nameEnd == start || nameEnd - start < 2 || !IsDelimiter(v, nameEnd) || delimiter - nameEnd > MaxLongApposition) return null;
        if (v.In(start, GrammarWords.Determiners) || v.In(start, GrammarWords.SubjectPronouns) || v.In(start, GrammarWords.Prepositions)) return null;
        for (int t = nameEnd + 1; t < delimiter; t++)
        {
            if (state.IsCue(t) || IsClauseBreak(v, t)) return null;
        }
        return new PhraseRange(start, delimiter, start, nameEnd);
    }

    /// <summary>The phrase ending at <paramref name="last"/>, seen through a restrictive relative clause if there is one.</summary>
    private static PhraseRange? HeadLeft(SentenceExtraction state, int last, int limit)
    {
        var relative = RestrictiveRelative(state, last, limit);
        return relative ?? NounPhraseLeft(state, last, limit);
    }

    /// <summary>True when a negation stands between the subject and the cue ("did not say", "has never claimed").</summary>
    public static bool IsNegated(SentenceView v, int cue, int limit)
    {
        for (int j = cue - 1; j >= limit && j >= cue - 4; j--)
        {
            if (v.Is(j, "not") || v.Is(j, "never") || v.Is(j, "cannot") || (v.IsWord(j) && v.Word(j).EndsWith("n't"))) return true;
            if (!(v.In(j, GrammarWords.Adverbs) || v.In(j, GrammarWords.Auxiliaries) || v.In(j, GrammarWords.BeForms) || v.IsLyAdverb(j))) return false;
        }
        return false;
    }

    /// <summary>
    /// "Several residents who spoke to NBS said": the words before the cue ("NBS") end a relative clause without commas;
    /// the source is the phrase before "who", with the clause as its apposition.
    /// </summary>
    private static PhraseRange? RestrictiveRelative(SentenceExtraction state, int last, int limit)
    {
        var v = state.View;
        for (int t = last; t >= limit && t >= last - 10; t--)
        {
            if (IsDelimiter(v, t) || v.IsQuoteMark(t) || v.IsTerminal(t) || v.IsPunct(t, ':')) return null;
            // "Church groups that resettle refugees said": "that" with a verb right after it opens a relative clause.
            if (v.Is(t, "that") && !OpensSubjectRelative(state, t)) return null;
            if (!v.Is(t, "who") && !v.Is(t, "that")) continue;
            if (t == last) return null;
            var head = NounPhraseLeft(state, t - 1, limit);
            return head is { } h ? new PhraseRange(h.Start, last + 1, h.HeadStart, h.HeadEnd) : null;
        }
        return null;
    }

    /// <summary>Whether "that" at <paramref name="that"/> opens a subject relative clause: a plural noun before it (not a
    /// verb: "officials said that ..."), and after it a lower-case word that opens no noun phrase ("that resettle").</summary>
    private static bool OpensSubjectRelative(SentenceExtraction state, int that)
    {
        var v = state.View;
        int before = that - 1, after = that + 1;
        if (!v.IsWord(before) || state.IsCue(before) || state.IsVerbForm(before) || !v.Word(before).EndsWith("s")) return false;
        if (!v.IsWord(after) || v.IsCapitalised(after) || state.IsCue(after)) return false;
        return !v.In(after, GrammarWords.Determiners) && !v.In(after, GrammarWords.SubjectPronouns) && !v.In(after, GrammarWords.ObjectPronouns)
            && !v.In(after, GrammarWords.Adverbs) && !v.IsLyAdverb(after) && !v.IsNumber(after);
    }

    /// <summary>Where the verb group of a cue starts: auxiliaries and adverbs right before it ("has also said", "is stressing").</summary>
    public static int VerbGroupStart(SentenceView v, int cue, int limit)
    {
        int start = cue;
        while (start - 1 >= limit && (v.In(start - 1, GrammarWords.Adverbs) || v.IsLyAdverb(start - 1) || v.In(start - 1, GrammarWords.BeForms)
            || v.In(start - 1, GrammarWords.Auxiliaries)) && !v.In(start - 1, GrammarWords.Weekdays) && !NameWords.IsNamePart(v, start - 1) && !v.Is(start - 1, "today") && !v.Is(start - 1, "yesterday"))
        {
            start--;
        }
        return start;
    }

    public static int SkipAdverbsLeft(SentenceView v, int j, int limit, bool allowBe)
    {
        while (j >= limit)
        {
            // "Mississippi Today reported", "USA Today said": a capitalised "Today" after a capitalised word ends a name.
            if (j > limit && NameToday(v, j)) break;
            if (v.In(j, GrammarWords.Adverbs) || v.IsLyAdverb(j)) { j--; continue; }
            if (v.Is(j, "long") && v.In(j - 1, GrammarWords.Auxiliaries)) { j--; continue; } // "has long opposed"
            if (allowBe && v.In(j, GrammarWords.BeForms)) { j--; continue; }
            if (v.In(j, GrammarWords.Weekdays) && v.Is(j - 1, "on")) { j -= 2; continue; }
            if (v.IsNumber(j) && v.Is(j - 1, "in")) { j -= 2; continue; } // "who in 2010 said"
            if (v.Is(j, "to") && RaisingVerbBefore(v, j - 1, limit) is int raising) { j = raising; continue; } // "continued to insist", "went on to explain"
            break;
        }
        return j;
    }

    /// <summary>Verbs that lend their subject to the infinitive after them ("continued to insist", "seemed to think").</summary>
    private static readonly WordSet RaisingVerbs = new("continue", "continues", "continued", "continuing", "appear", "appears", "appeared",
        "seem", "seems", "seemed", "begin", "begins", "began", "start", "starts", "started", "tend", "tends", "tended", "proceed",
        "proceeds", "proceeded");

    private static readonly WordSet GoForms = new("go", "goes", "went", "going", "gone");

    /// <summary>
    /// The token left of a raising verb before "to" (at <paramref name="t"/>), its auxiliaries included: "has continued
    /// to", "went on to", "would go on to"; null when <paramref name="t"/> is none.
    /// </summary>
    public static int? RaisingVerbBefore(SentenceView v, int t, int limit)
    {
        int j;
        if (t >= limit && v.In(t, RaisingVerbs)) j = t - 1;
        else if (t - 1 >= limit && v.Is(t, "on") && v.In(t - 1, GoForms)) j = t - 2;
        else return null;
        while (j >= limit && (v.In(j, GrammarWords.Auxiliaries) || v.In(j, GrammarWords.Adverbs) || v.IsLyAdverb(j))) j--;
        return j;
    }

    /// <summary>A noun phrase ending at token <paramref name="last"/> (inclusive), not reaching before <paramref name="limit"/>.</summary>
    public static PhraseRange? NounPhraseLeft(SentenceExtraction state, int last, int limit)
    {
        var v = state.View;
        if (last < limit) return null;
        int end = last + 1;
        int i = last;
        if (v.IsPunct(i, ')'))
        {
            int open = i - 1;
            while (open >= limit && open > i - 10 && !v.IsPunct(open, '(')) open--;
            if (open < limit || !v.IsPunct(open, '(')) return null;
            i = open - 1;
        }
        if (!v.IsWord(i)) return null;
        if (v.In(i, GrammarWords.SubjectPronouns) && v[i].Kind == Model.TokenKind.Word) return i >= limit && !v.Is(i, "you") ? PhraseRange.Head(i, i + 1) : null;
        // "Two-thirds of Republicans surveyed", "most of those interviewed": a survey's participle after the people asked.
        if (v.In(i, SurveyParticiples) && i - 1 >= limit && v.IsWord(i - 1) && !state.IsVerbForm(i - 1) && !v.In(i - 1, GrammarWords.Auxiliaries)
            && !v.In(i - 1, GrammarWords.BeForms) && NounPhraseLeft(state, i - 1, limit) is { } asked)
        {
            return new PhraseRange(asked.Start, end, asked.HeadStart, asked.HeadEnd);
        }
        if (v.In(i, SurveyParticiples) && i - 1 >= limit && v.Is(i - 1, "those"))
        {
            int first = i - 1; // "Those interviewed", "nearly half of those polled"
            while (first - 1 >= limit && IsLeftPhraseToken(state, first - 1, first)) first--;
            return IsValidSource(v, first, end) ? PhraseRange.Head(first, end) : null;
        }
        if (!v.IsCapitalised(i) && v.Word(i).EndsWith("ed") && v.Word(i).Length > 4 && !v.Is(i - 1, "the")) return null; // "had received reports"
        // "to confirm reports", "had seen reports": a reporting form after a verb is its object, not a source; "the annual
        // report" is one.
        // "A police report", "the campaign statement": after an article, a word that is also a verb modifies the noun.
        bool modifierAfterArticle = i - 2 >= limit && v.In(i - 2, GrammarWords.Determiners) && !v.In(i - 1, GrammarWords.Auxiliaries);
        if (state.IsVerbForm(i) && !v.IsCapitalised(i) && (i == limit || !v.IsWord(i - 1) || state.IsVerbForm(i - 1) && !modifierAfterArticle || v.Is(i - 1, "to")
            || v.In(i - 1, GrammarWords.BeForms) || v.In(i - 1, GrammarWords.Auxiliaries) || v.Word(i - 1).EndsWith("ed") || v.Word(i - 1).EndsWith("ing"))) return null;
        int start = i;
        while (start - 1 >= limit)
        {
            if (IsLeftPhraseToken(state, start - 1, start)) start--;
            else if (QuotedModifierStart(v, start - 1, limit) is int open) start = open;
            else break;
            if (end - start > MaxHead) return null; // a clause, not a source phrase
        }
        // "unable to identify the person who posted it": after "to", a lower-case word before an article is the infinitive's verb.
        if (start > limit && start + 1 < end && v.Is(start - 1, "to") && v.IsWord(start) && !v.IsCapitalised(start) && v.In(start + 1, GrammarWords.Determiners)
            && !v.In(start, GrammarWords.Determiners)) start++;
        // "The plan was praised by senior lawmakers who also said ...": the agent after a reporting participle; but "A memo
        // written by Tom Varga says", "A police report obtained by the newspaper shows": a document the participle describes
        // is the subject, with its agent.
        if (v.Is(start, "by") && start + 1 < end && start - 1 >= limit && (state.IsCue(start - 1) || IsPastParticiple(v, start - 1)))
        {
            if (DocumentBeforeParticiple(state, start - 1, limit) is { } document) return new PhraseRange(document.Start, end, document.HeadStart, document.HeadEnd);
            start++;
        }
        // "A survey released this week by the Center for Civic Polling found": a time between the participle and its agent.
        else if (AgentAfterTime(v, start, end) is int by && ParticipleBeforeTime(v, by - 1, limit) is int participle
            && DocumentBeforeParticiple(state, participle, limit) is { } timed)
        {
            return new PhraseRange(timed.Start, end, timed.HeadStart, timed.HeadEnd);
        }
        // "The police report obtained by the newspaper shows", "A Reuters/Ipsos poll released on Tuesday found": a document
        // noun that is also a cue stops the phrase at the participle describing it.
        if (IsPastParticiple(v, start) && start + 1 < end && start - 1 >= limit
            && DocumentBeforeParticiple(state, start, limit) is { } described) return new PhraseRange(described.Start, end, described.HeadStart, described.HeadEnd);
        start = ExtendCoordination(state, start, limit);
        start = TrimLeading(v, start, end);
        if (start >= 0) start = TrimAmount(v, start, end);
        if (start >= 0) start = TrimMeasure(v, start, end);
        if (start >= 0) start = TrimOccasion(v, start, end);
        if (start >= 0) start = TrimOpeningAdjunct(v, start, end);
        if (start >= 0) start = ExtendToHolder(state, start, limit);
        // "she would vote for whoever promised to lower costs": a free relative's pronoun is the subject; the words before it
        // belong to another clause.
        for (int k = Math.Max(start, 0) + 1; start >= 0 && k < end; k++)
        {
            if (v.Is(k, "whoever") || v.Is(k, "whatever")) { start = k; break; }
        }
        if (start >= 0 && v.Is(start, "of")) return null;
        if (start < 0 || !IsValidSource(v, start, end)) return null;
        return PhraseRange.Head(start, end);
    }

    /// <summary>The "by" at <paramref name="start"/>, or after a time of at most three words there ("this week by"), or null.</summary>
    private static int? AgentAfterTime(SentenceView v, int start, int end)
    {
        for (int k = start; k < end - 1 && k - start <= 3; k++)
        {
            if (v.Is(k, "by")) return k;
            if (!(v.In(k, GrammarWords.TimeWords) || v.Is(k, "on") || v.Is(k, "in"))) return null;
        }
        return null;
    }

    /// <summary>The past participle right before a time of at most three words ending at <paramref name="last"/>
    /// ("released | this week", "conducted | on Tuesday", "published | earlier this month"), or null.</summary>
    private static int? ParticipleBeforeTime(SentenceView v, int last, int limit)
    {
        int t = last;
        while (t >= limit && last - t < 3 && (v.In(t, GrammarWords.TimeWords) || v.Is(t, "on") || v.Is(t, "in"))) t--;
        return t < last && t >= limit && IsPastParticiple(v, t) ? t : null;
    }

    /// <summary>A lower-case past participle of the kind that describes a document ("obtained", "reviewed", "seen").</summary>
    private static bool IsPastParticiple(SentenceView v, int i) =>
        v.IsWord(i) && !v.IsCapitalised(i) && (v.Word(i) is { Length: > 4 } w && w.EndsWith("ed") || v.Is(i, "seen") || v.Is(i, "written") || v.Is(i, "drawn"));

    /// <summary>The document noun phrase right before a participle ("A memo | written by ..."), or null.</summary>
    private static PhraseRange? DocumentBeforeParticiple(SentenceExtraction state, int participle, int limit)
    {
        var v = state.View;
        int noun = participle - 1;
        if (noun < limit || !v.IsWord(noun) || state.Evidence.Count == 0 || !state.Evidence.Contains(v.Word(noun))) return null;
        return NounPhraseLeft(state, noun, limit);
    }

    /// <summary>"officials and the group said": a short first conjunct that opens the clause joins the phrase.</summary>
    private static int ExtendCoordination(SentenceExtraction state, int start, int limit)
    {
        var v = state.View;
        int and = start - 1;
        if (and - 1 < limit || !v.Is(and, "and") || !(v.In(start, GrammarWords.Determiners) || v.IsCapitalised(start) || v.IsWord(start))) return start;
        int first = and - 1;
        if (!v.IsWord(first)) return start;
        int s = first;
        while (s - 1 >= limit && and - s < 4 && IsLeftPhraseToken(state, s - 1, s) && !v.Is(s - 1, "and")) s--;
        bool opensClause = s == limit || IsDelimiter(v, s - 1) || v.IsQuoteMark(s - 1) || v.IsPunct(s - 1, ':');
        return opensClause && and - s <= 4 ? s : start;
    }

    /// <summary>"HEAD, APPOSITION, cue": <paramref name="delimiter"/> is the comma (or dash) just before the cue.</summary>
    private static PhraseRange? AppositiveLeft(SentenceExtraction state, int delimiter, int limit)
    {
        var v = state.View;
        int open = delimiter - 1;
        while (open >= limit && !IsDelimiter(v, open) && !IsClauseBreak(v, open)) open--;
        if (open < limit || !IsDelimiter(v, open)) return null;
        if (delimiter - open - 1 > MaxApposition) return null;
        if ((v.In(open + 1, GrammarWords.Prepositions) && !v.Is(open + 1, "of") && delimiter - open - 1 <= 8) || v.In(open + 1, ParticipleOpeners))
        {
            // "Clinton, at a later press gaggle, said", "Trump, speaking to a veterans group, said": an adjunct between
            // subject and verb, not part of the source (kept as the adjunct: it may say "on condition of anonymity").
            var subject = HeadLeft(state, open - 1, limit);
            return subject is { } h ? h with { AdjunctStart = open + 1, AdjunctEnd = delimiter } : null;
        }
        if (!IsApposition(state, open + 1, delimiter)) return null;
        int headLast = open - 1;
        bool relative = v.Is(open + 1, "who") || v.Is(open + 1, "which") || v.Is(open + 1, "whose");
        // Stacked appositions: "Oren Haas, 54, whose family ..., said", "Tomas Reyna, leader of the party, which ..., said".
        for (int extra = 0; extra < 2; extra++)
        {
            int previous = headLast;
            while (previous >= limit && !IsDelimiter(v, previous) && !IsClauseBreak(v, previous)) previous--;
            if (previous < limit || !IsDelimiter(v, previous) || open - previous - 1 > 12) break;
            bool stackable = v.IsNumber(previous + 1) ? open - previous - 1 <= 3
                : relative || v.In(previous + 1, AppositionOpeners) || v.Is(previous + 1, "of") || (open - previous - 1 <= 3 && IsAllCapitalised(v, previous + 1, open));
            relative = false;
            // "In suburban Gwinnett County, Angela Price, 51, ...": a preposition's object is no head the name stacks on.
            if (!stackable || !IsApposition(state, previous + 1, open) || NounPhraseLeft(state, previous - 1, limit) is not { } earlier
                || (earlier.Start > limit && v.In(earlier.Start - 1, GrammarWords.Prepositions))) break;
            open = previous;
            headLast = previous - 1;
        }
        // "LGBT+ campaigners on Monday, the start of Pride month, called for": the apposition is the day's, the day an
        // adjunct of the verb.
        if (v.In(headLast, GrammarWords.Weekdays) && headLast - 2 >= limit && v.Is(headLast - 1, "on"))
        {
            var subject = HeadLeft(state, headLast - 2, limit);
            return subject is { } h ? h with { AdjunctStart = headLast - 1, AdjunctEnd = delimiter } : null;
        }
        var head = HeadLeft(state, headLast, limit);
        if (head is null) return null;
        return new PhraseRange(head.Value.Start, delimiter, head.Value.HeadStart, head.Value.HeadEnd);
    }

    /// <summary>A source phrase starting at <paramref name="start"/> (after an inverted cue, "according to" or a passive "by").</summary>
    /// <param name="closedApposition">Take an apposition only when another comma closes it before the end of the sentence
    /// ("According to X, the director of Y, the ..."), because what follows the source is content.</param>
    /// <param name="anyOpener">After a quotation the sentence holds no more content, so an apposition may open with any
    /// noun phrase ("..." said Lena Borg, head of the Tax Policy Center), not only with a determiner.</param>
    public static PhraseRange? SourceRight(SentenceExtraction state, int start, bool allowApposition, bool closedApposition = false, bool anyOpener = false)
    {
        var v = state.View;
        if (!v.IsWord(start) && !v.IsNumber(start)) return null;
        if (v.In(start, GrammarWords.SubjectPronouns)) return PhraseRange.Head(start, start + 1);
        int i = start;
        while (i < v.Count && IsRightPhraseToken(state, i, start))
        {
            i++;
            if (i - start > MaxHead) return null;
        }
        if (v.IsPunct(i, '('))
        {
            int close = i + 1;
            while (close < v.Count && close < i + 10 && !v.IsPunct(close, ')')) close++;
            if (close < v.Count && v.IsPunct(close, ')')) i = close + 1;
        }
        // "according to a report by BuzzFeed News": the publisher of a lower-case work belongs to the phrase.
        if (v.Is(i, "by") && i > start && !v.IsCapitalised(i - 1) && ByName(v, i + 1) is var byEnd && byEnd > i + 1) i = byEnd;
        // "according to results compiled by the secretary of state's office": a participle's agent, to the next punctuation.
        else if (v.Is(i, "by") && i - 1 > start && IsPastParticiple(v, i - 1))
        {
            int agent = i + 1;
            while (agent < v.Count && agent - i <= 8 && (v.IsWord(agent) || v.IsNumber(agent)) && !state.IsCue(agent)) agent++;
            if (agent > i + 1 && (agent >= v.Count || v.IsComma(agent) || v.IsTerminal(agent))) i = agent;
        }
        int headEnd = i;
        while (headEnd > start && !v.IsWord(headEnd - 1) && !v.IsPunct(headEnd - 1, ')')) headEnd--;
        if (headEnd <= start) return null;
        int headStart = TrimLeadingDiscourse(v, start, headEnd);
        if (v.Is(headStart, "of") || !IsValidSource(v, headStart, headEnd)) return null; // "said of Mrs. Clinton's plan"
        int end = headEnd;
        if (allowApposition && IsDelimiter(v, headEnd))
        {
            int close = headEnd + 1;
            while (close < v.ContentLimit && !IsDelimiter(v, close) && !v.IsDoubleQuoteMark(close)) close++;
            bool participleNext = state.CueAt(headEnd + 1) is { IsParticiple: true };
            if (v.In(headEnd + 1, ParticipleOpeners))
            {
                // "said a senior official, speaking on condition of anonymity."
                int adjunctEnd = headEnd + 1;
                while (adjunctEnd < v.ContentLimit && !IsDelimiter(v, adjunctEnd) && !v.IsDoubleQuoteMark(adjunctEnd)) adjunctEnd++;
                return new PhraseRange(headStart, headEnd, headStart, headEnd) { AdjunctStart = headEnd + 1, AdjunctEnd = adjunctEnd };
            }
            bool opens = v.In(headEnd + 1, StrictOpeners) || v.IsNumber(headEnd + 1) || (IsAllCapitalised(v, headEnd + 1, close) && close - headEnd - 1 <= 5)
                || (anyOpener && v.IsWord(headEnd + 1) && !v.In(headEnd + 1, GrammarWords.Prepositions) && !v.In(headEnd + 1, GrammarWords.Subordinators));
            bool closed = !closedApposition || (close < v.ContentLimit && IsDelimiter(v, close));
            if (!participleNext && opens && closed && close - headEnd - 1 <= MaxApposition && IsApposition(state, headEnd + 1, close)) end = close;
            // Stacked: "said Oren Haas, 54, whose family farm ... spring."
            for (int extra = 0; extra < 2 && end == close && IsDelimiter(v, end); extra++)
            {
                int next = end + 1;
                while (next < v.ContentLimit && !IsDelimiter(v, next) && !v.IsDoubleQuoteMark(next)) next++;
                bool stacked = v.In(end + 1, StrictOpeners) || (v.IsNumber(end + 1) && next - end - 1 <= 3);
                if (!stacked || state.CueAt(end + 1) is { IsParticiple: true } || next - end - 1 > MaxApposition || !IsApposition(state, end + 1, next)) break;
                end = close = next;
            }
        }
        return new PhraseRange(headStart, end, headStart, headEnd);
    }

    /// <summary>
    /// The end of a body's name after "by" ("the Tax Policy Center", "BuzzFeed News", "Reuters"), or <paramref name="k"/>:
    /// capitalised words after "the", one word, or words ending in a body's or outlet's noun. A person's name is left out
    /// ("an analysis by Lily Batchelder, a former aide ..."): the person is the source the article goes on to quote.
    /// </summary>
    private static int ByName(SentenceView v, int k)
    {
        bool the = v.Is(k, "the");
        int i = the ? k + 1 : k;
        int first = i;
        while (i < v.ContentLimit && i - first < 6 && v.IsCapitalised(i) && !v.InQuote(i)) i++;
        if (i == first) return k;
        return the || i - first == 1 || v.In(i - 1, GrammarWords.OrgNouns) || v.In(i - 1, OutletNouns) ? i : k;
    }

    private static readonly WordSet OutletNouns = new("news", "times", "post", "journal", "press", "magazine", "review", "network",
        "center", "centre", "institute", "foundation", "office", "department", "bank", "fund", "university", "project", "service");

    /// <summary>
    /// The subject at the start of the sentence (for a participle or coordinated cue with no attribution before it),
    /// after an opening adjunct that a comma closes ("During a speech in Tarsk, the mayor attacked ..., saying"); or the
    /// subject of the clause that starts at <paramref name="from"/>.
    /// </summary>
    public static PhraseRange? LeadingSubject(SentenceExtraction state, int limit, int from = 0)
    {
        var v = state.View;
        int i = from;
        while (i < limit && (v.In(i, GrammarWords.Discourse) || (i > from && v.IsComma(i) && v.In(i - 1, GrammarWords.Discourse)))) i++; // "Meanwhile, the ..."
        i = SkipOpeningAdjunct(state, i, limit);
        if (v.In(i, GrammarWords.SubjectPronouns)) return PhraseRange.Head(i, i + 1);
        int end = i;
        while (end < limit && end - i < MaxHead && IsRightPhraseToken(state, end, i) && !(end > i && IsPastTense(v, end))) end++;
        if (end == i) return null;
        int trimmed = TrimLeading(v, i, end);
        if (trimmed < 0 || !IsValidSource(v, trimmed, end)) return null;
        i = trimmed;
        int full = end;
        if (IsDelimiter(v, end))
        {
            int close = end + 1;
            while (close < limit && !IsDelimiter(v, close)) close++;
            if (close < limit && IsApposition(state, end + 1, close)) full = close;
        }
        return new PhraseRange(i, full, i, end);
    }

    /// <summary>
    /// Past an opening prepositional adjunct closed by a comma ("During a speech in Tarsk earlier in the day, ..."): the
    /// token after the comma, or <paramref name="start"/> when the sentence does not open that way.
    /// </summary>
    private static int SkipOpeningAdjunct(SentenceExtraction state, int start, int limit)
    {
        var v = state.View;
        if (!v.In(start, GrammarWords.Prepositions)) return start;
        for (int t = start + 1; t < limit && t - start <= MaxOpeningAdjunct; t++)
        {
            if (v.IsComma(t)) return t + 1 < limit ? t + 1 : start;
            if (state.IsCue(t) || v.IsQuoteMark(t) || v.In(t, GrammarWords.BeForms) || v.In(t, GrammarWords.Auxiliaries)
                || v.In(t, GrammarWords.SubjectPronouns) || (v[t].Kind == Model.TokenKind.Punctuation && !v.IsPunct(t, '.')))
            {
                return start;
            }
        }
        return start;
    }

    /// <summary>A lowercase word in -ed after the subject: the verb of the clause ("Brandt thanked the army").</summary>
    private static bool IsPastTense(SentenceView v, int t) =>
        v.IsWord(t) && !v.IsCapitalised(t) && v.Word(t).Length > 4 && v.Word(t).EndsWith("ed") && !v.Is(t - 1, "the");

    /// <summary>True when [start, end) reads as an apposition or relative clause rather than a clause of its own.</summary>
    public static bool IsApposition(SentenceExtraction state, int start, int end)
    {
        var v = state.View;
        if (end <= start) return false;
        if (v.Is(start, "and") && (v.Is(start + 1, "who") || v.Is(start + 1, "whose"))) start++; // ", and who spoke on condition of anonymity,"
        if (v.Is(start, "who") || v.Is(start, "whose") || v.Is(start, "which") || v.Is(start, "whom")) return true;
        // "Residents, many of whom have lived there for decades,", "Opponents, hundreds of whom have camped ...,".
        if (v.IsWord(start) && v.Is(start + 1, "of") && (v.Is(start + 2, "whom") || v.Is(start + 2, "which"))) return true;
        if (v.IsNumber(start) && end - start <= 3) return true;
        if (v.In(start, ParticipleOpeners)) return true; // "speaking to a veterans group in Virginia"
        for (int t = start; t < end; t++)
        {
            // A relative clause inside the apposition may hold verbs: "a vegetable seller whose stall was destroyed".
            if (t > start && (v.Is(t, "who") || v.Is(t, "whose") || v.Is(t, "which") || v.Is(t, "that"))) break;
            if (state.IsCue(t) || v.In(t, GrammarWords.BeForms) || v.In(t, GrammarWords.Auxiliaries) || (v.IsDoubleQuoteMark(t) && !v.IsNicknameMark(t))) return false;
            if (v.Is(t, "that") || v.In(t, GrammarWords.SubjectPronouns)) return false;
        }
        if (v.In(start, AppositionOpeners)) return true;
        if (end - start > 16) return false;
        if (v.IsCapitalised(start)) return true; // "The army spokesman, Colonel Ilan Dobrev, said"
        if (v.Is(start, "of")) return v.IsCapitalised(start + 1) && end - start <= 5; // "Johnnie Wilson, of Springfield, Va., said"
        return v.IsWord(start) && !v.In(start, GrammarWords.Prepositions) && !v.In(start, GrammarWords.Discourse); // "spokesman for the army"
    }

    /// <summary>True when [start, end) can name a source.</summary>
    public static bool IsValidSource(SentenceView v, int start, int end)
    {
        if (end <= start) return false;
        int last = end - 1;
        if (v.IsPunct(last, ')')) return end - start > 1;
        if (!v.IsWord(last)) return false;
        if (v.In(last, GrammarWords.Determiners) || v.In(last, GrammarWords.Prepositions) || v.In(last, GrammarWords.Subordinators)
            || v.In(last, GrammarWords.Auxiliaries) || v.In(last, GrammarWords.BeForms)) return false;
        if (v.Is(last, "and") || v.Is(last, "of") || v.Is(last, "to")) return false;
        if (end - start == 1)
        {
            if (v.In(start, GrammarWords.NotSources)) return false;
            if (v.In(start, GrammarWords.ObjectPronouns) && !v.In(start, GrammarWords.SubjectPronouns)) return false;
            if (v.In(start, GrammarWords.Adverbs) || v.IsLyAdverb(start) || v.In(start, GrammarWords.Discourse)) return false;
        }
        bool allTime = true;
        for (int t = start; t < end && allTime; t++) allTime = v.In(t, GrammarWords.TimeWords) || v.In(t, GrammarWords.Prepositions) || v.IsNumber(t);
        return !allTime;
    }

    /// <summary>Punctuation an apposition cannot span (a full stop inside a sentence belongs to an abbreviation: "R-Ky.").</summary>
    private static bool IsClauseBreak(SentenceView v, int i) =>
        v.IsPunct(i, ';') || v.IsPunct(i, ':') || v.IsPunct(i, '!') || v.IsPunct(i, '?') || (v.IsDoubleQuoteMark(i) && !v.IsNicknameMark(i));

    private static bool IsDelimiter(SentenceView v, int i) => v.IsComma(i) || v.IsPunct(i, '—') || v.IsPunct(i, '–') || v.IsPunct(i, '-');

    private static bool IsAllCapitalised(SentenceView v, int start, int end)
    {
        if (end <= start) return false;
        for (int t = start; t < end; t++)
        {
            if (!v.IsCapitalised(t)) return false;
        }
        return true;
    }

    private static bool IsLeftPhraseToken(SentenceExtraction state, int t, int next)
    {
        var v = state.View;
        var token = v[t];
        switch (token.Kind)
        {
            case Model.TokenKind.Number:
                return true;
            case Model.TokenKind.Punctuation:
                return v.IsPunct(t, '&') || v.IsPunct(t, '/');
            case Model.TokenKind.QuoteMark:
                // The apostrophe of a plural possessive ("students' union"); the marks of a nickname (Tomas "Tom" Berg).
                return v.IsNicknameMark(t) || !v.IsDoubleQuoteMark(t) && t > 0 && v.IsWord(t - 1) && v.Word(t - 1).EndsWith("s") && v.IsWord(next) && !v.InQuote(next);
        }
        if (NameWords.IsNamePart(v, t)) return true; // "Will Hurd", "Theresa May"
        if (state.IsCue(t)) return false;
        if (v.In(t, GrammarWords.Subordinators) || v.In(t, GrammarWords.BeForms) || v.In(t, GrammarWords.Auxiliaries)) return false;
        if (IsParticipleAfterAuxiliary(v, t)) return false; // "which has also included members of the board": the verb, not the phrase
        if (v.Is(t, "and") || v.Is(t, "&")) return v.IsCapitalised(t - 1) && v.IsCapitalised(next);
        // "an aide to the mayor" joins; "to" inside a capitalised name does too ("the Committee to Protect Journalists said").
        if (v.Is(t, "to") && !v.Is(t - 1, "close") && !v.In(t - 1, GrammarWords.NounsBeforeTo) && !ToInsideName(v, t, next)) return false;
        // "unendorse Trump after the billionaire estate mogul claimed"; but "leaders from across the state" is one phrase.
        if (v.In(t, ClauseOpeningPrepositions) && !v.Is(t - 1, "from")) return false;
        if (LooksLikeVerb(v, t)) return false;
        return true;
    }

    private static readonly WordSet QuotedModifierDeterminers = new("a", "an", "the", "his", "her", "their", "its", "our", "my");

    /// <summary>
    /// "a woman in a "Make America Great Again" hat", "critics of the "reform" plan": up to six quoted words after a
    /// determiner and before a lower-case noun modify that noun. <paramref name="close"/> is the closing mark; returns the
    /// opening mark's index, or null when the marks enclose anything else (a quotation ends there).
    /// </summary>
    private static int? QuotedModifierStart(SentenceView v, int close, int limit)
    {
        if (!v.IsDoubleQuoteMark(close) || !v.IsWord(close + 1) || v.IsCapitalised(close + 1)) return null;
        for (int open = close - 1; open >= limit + 1 && open >= close - 7; open--)
        {
            if (!v.IsDoubleQuoteMark(open)) continue;
            if (open == close - 1 || !v.In(open - 1, QuotedModifierDeterminers)) return null;
            for (int k = open + 1; k < close; k++)
            {
                if (v[k].Kind != Model.TokenKind.Word && v[k].Kind != Model.TokenKind.Number) return null;
            }
            return open;
        }
        return null;
    }

    /// <summary>"to" between two capitalised words of a name, in a sentence not set in title case ("Committee to Protect
    /// Journalists", "Campaign to Defend the Constitution" is cut at "the").</summary>
    private static bool ToInsideName(SentenceView v, int t, int next) =>
        !v.IsTitleCase && t >= 2 && v.IsWord(t - 1) && v.IsCapitalised(t - 1) && v.IsWord(next) && v.IsCapitalised(next);

    /// <summary>A lowercase -ed word after an auxiliary, adverbs between ("has also included", "had quietly hired"): a verb.</summary>
    private static bool IsParticipleAfterAuxiliary(SentenceView v, int t)
    {
        if (!v.IsWord(t) || v.IsCapitalised(t) || v.Word(t).Length < 5 || !v.Word(t).EndsWith("ed")) return false;
        int j = t - 1;
        while (j >= 0 && j >= t - 3 && (v.In(j, GrammarWords.PlainAdverbWords) || v.IsLyAdverb(j))) j--;
        return j >= 0 && (v.Is(j, "has") || v.Is(j, "have") || v.Is(j, "had") || v.Is(j, "having"));
    }

    private static readonly WordSet AmountScales = new("hundred", "thousand", "million", "billion", "trillion", "m", "bn");

    /// <summary>
    /// "the $20 million experts say it costs": a sum of money before the phrase is not part of it; the phrase starts
    /// after the amount, and an amount alone is no source (-1).
    /// </summary>
    private static int TrimAmount(SentenceView v, int start, int end)
    {
        if (start == 0 || !IsCurrencySign(v, start - 1) || !v.IsNumber(start)) return start;
        int t = start + 1;
        while (t < end && (v.IsNumber(t) || v.In(t, AmountScales))) t++;
        return t < end ? t : -1;
    }

    private static bool IsCurrencySign(SentenceView v, int t) => v.IsPunct(t, '$') || v.IsPunct(t, '£') || v.IsPunct(t, '€') || v.IsPunct(t, '¥');

    private static readonly WordSet MeasureUnits = new("percent", "percentage", "points", "point", "per", "cent");

    /// <summary>
    /// "down 1.5 points from the bank", "3 percent over the forecast": a measure with its preposition is
    /// no part of a source; the phrase starts after the preposition, and a change ("up 3 percent") alone is no source
    /// (-1). "74 percent of voters" and "73 percent" (of people asked) are sources.
    /// </summary>
    private static int TrimMeasure(SentenceView v, int start, int end)
    {
        int t = start;
        if ((v.Is(t, "up") || v.Is(t, "down")) && !v.IsCapitalised(t)) t++;
        if (!v.IsNumber(t)) return start;
        int first = t;
        while (t < end && (v.IsNumber(t) || v.In(t, AmountScales))) t++;
        int units = t;
        while (t < end && v.In(t, MeasureUnits)) t++;
        if (t == units && first == start) return start; // a number and a noun: "20 protesters"
        if (t >= end) return first == start ? start : -1; // "73 percent said" names people; "down 3 percent" names none
        if (v.Is(t, "of")) return start;
        return v.In(t, GrammarWords.Prepositions) && t + 1 < end ? t + 1 : start;
    }

    /// <summary>
    /// "Her submission to the court noted ...": a phrase after "to" is the object of the preposition when a short noun
    /// phrase with a determiner opens the clause before it; the subject is the whole phrase.
    /// </summary>
    private static int ExtendToHolder(SentenceExtraction state, int start, int limit)
    {
        var v = state.View;
        if (start - 2 < limit || !v.Is(start - 1, "to") || !(v.In(start, GrammarWords.Determiners) || v.IsCapitalised(start))) return start;
        for (int d = start - 2; d >= limit && d >= start - 4; d--)
        {
            if (!v.IsWord(d) || state.IsCue(d) || v.Is(d, "to")) return start;
            if (!v.In(d, GrammarWords.Determiners)) continue;
            if (d == start - 2) return start; // "the" right before "to" holds no noun
            bool opens = d == limit || v.Is(d - 1, "and") || v.Is(d - 1, "but");
            if (!opens) return start;
            for (int t = d + 1; t < start - 1; t++)
            {
                if (v.IsCapitalised(t) || v.In(t, GrammarWords.Determiners) || IsPastTense(v, t) || LooksLikeVerb(v, t)) return start;
            }
            return d;
        }
        return start;
    }

    private static readonly WordSet OccasionNouns = new("time", "times");

    private static readonly WordSet OccasionModifiers = new("first", "second", "third", "fourth", "fifth", "last", "next", "only", "latest",
        "final", "every", "each", "one", "this", "that", "the");

    /// <summary>
    /// "were the third time the group said it had met", "the last time Mr. Vell spoke": an occasion noun ("time") with
    /// an ordinal or determiner before it opens a relative clause without "that"; the source is the phrase after it.
    /// </summary>
    private static int TrimOccasion(SentenceView v, int start, int end)
    {
        for (int t = start + 1; t < end - 1; t++)
        {
            if (!v.In(t, OccasionNouns) || v.IsCapitalised(t) || !v.In(t - 1, OccasionModifiers)) continue;
            int next = t + 1;
            if (v.Is(next, "of") || v.In(next, GrammarWords.Prepositions) || !v.IsWord(next)) continue;
            return next;
        }
        return start;
    }

    /// <summary>
    /// "During a press briefing President Ada Holm suggested", "After the vote Ivo Marden said": an opening adjunct the
    /// writer closed with no comma. After a preposition that opens the sentence, a capitalised name right after a
    /// lower-case noun starts the subject; the words before it are the adjunct's.
    /// </summary>
    private static int TrimOpeningAdjunct(SentenceView v, int start, int end)
    {
        // The adjunct is a determiner's noun phrase ("the vote", "a press briefing"), not an adjective of the name ("In
        // suburban Elkton County, ...").
        if (start != 1 || !v.In(0, ClauseOpeningPrepositions) && !v.Is(0, "in") && !v.Is(0, "at") || !v.In(start, GrammarWords.Determiners)) return start;
        for (int t = end - 2; t >= start; t--)
        {
            if (v.IsWord(t) && !v.IsCapitalised(t) && !v.In(t, GrammarWords.Determiners) && v.IsWord(t + 1) && v.IsCapitalised(t + 1)) return t + 1;
        }
        return start;
    }

    /// <summary>Prepositions that open an adjunct rather than continue a noun phrase.</summary>
    private static readonly WordSet ClauseOpeningPrepositions = new("after", "before", "during", "since", "until", "following", "despite",
        "amid", "over", "under", "through", "across", "upon", "throughout", "if", "unless");

    private static bool IsRightPhraseToken(SentenceExtraction state, int t, int start)
    {
        var v = state.View;
        var token = v[t];
        switch (token.Kind)
        {
            case Model.TokenKind.Number:
                return true;
            case Model.TokenKind.Punctuation:
                return (v.IsPunct(t, '&') || v.IsPunct(t, '/')) && t > start;
            case Model.TokenKind.QuoteMark:
                return (v.IsNicknameMark(t) && t > start) || (!v.IsDoubleQuoteMark(t) && t > start && v.Word(t - 1).EndsWith("s") && v.IsWord(t + 1));
        }
        if (NameWords.IsNamePart(v, t)) return true; // "Will Hurd", "Theresa May"
        if (state.IsCue(t)) return false;
        if (v.In(t, GrammarWords.Subordinators) || v.In(t, GrammarWords.BeForms) || v.In(t, GrammarWords.Auxiliaries)) return false;
        if (t > start && v.In(t, RightStops) && !(v.Is(t, "to") && (v.Is(t - 1, "close") || v.In(t - 1, GrammarWords.NounsBeforeTo) || ToInBodyName(v, t))) && !NameToday(v, t)) return false;
        if (t > start && (v.IsLyAdverb(t) || v.In(t, GrammarWords.Adverbs)) && !NameToday(v, t)) return false;
        if (t > start && v.In(t, GrammarWords.Weekdays)) return false;
        if (v.Is(t, "and"))
        {
            return t > start && (v.IsCapitalised(t + 1) || v.In(t + 1, GrammarWords.Determiners) || v.IsWord(t + 1))
                && !v.In(t + 1, GrammarWords.SubjectPronouns) && !state.IsCue(t + 1) && !v.In(t + 1, GrammarWords.Auxiliaries)
                && !v.In(t + 1, GrammarWords.Adverbs);
        }
        if (t > start && LooksLikeVerb(v, t)) return false;
        return true;
    }

    /// <summary>Whether the word at <paramref name="t"/> is a capitalised "Today" after a capitalised word, the end of an
    /// outlet's name ("USA Today", "Mississippi Today"), not the adverb.</summary>
    internal static bool NameToday(SentenceView v, int t) => t > 0 && v.Is(t, "today") && v.IsCapitalised(t) && v.IsWord(t - 1) && v.IsCapitalised(t - 1);

    /// <summary>Whether the "to" at <paramref name="t"/> is inside a body's capitalised name ("the Alliance to Reclaim Our
    /// Schools", "the Committee to Protect Journalists"): a capitalised body noun before it, a capitalised word after.</summary>
    internal static bool ToInBodyName(SentenceView v, int t) =>
        v.Is(t, "to") && t > 0 && v.IsCapitalised(t - 1) && v.In(t - 1, GrammarWords.OrgNouns) && t + 1 < v.Count && v.IsCapitalised(t + 1) && !v.InQuote(t + 1);

    /// <summary>Irregular past forms that are no nouns of a subject ("Gov. Greg Abbott dug his heels in", "The president
    /// took to Twitter"); "left", "set", "put", "hit", "cut", "shot" and "found" are left out (also nouns or adjectives).</summary>
    private static readonly WordSet IrregularPast = new("took", "gave", "went", "came", "made", "got", "ran", "dug", "held", "kept",
        "brought", "sent", "spent", "stood", "met", "paid", "sat", "wrote", "spoke", "began", "broke", "chose", "drove", "fell",
        "fought", "flew", "grew", "knew", "led", "rose", "sold", "taught", "threw", "thought", "bought", "caught", "became", "won",
        "lost", "struck", "swore", "sought", "stole", "tore", "wore");

    /// <summary>Irregular past forms that are also nouns or adjectives ("a budget cut", "the left"): verbs only before a
    /// determiner.</summary>
    private static readonly WordSet NounLikePast = new("cut", "set", "put", "hit", "left", "shot", "found", "quit", "let", "spread", "split", "upset", "bid");

    /// <summary>Present -s forms of common verbs that follow a name as its verb ("Whitmer takes on Trump", "Trump enjoys
    /// and encourages ...").</summary>
    private static readonly WordSet PresentAfterName = new("takes", "gives", "goes", "makes", "gets", "keeps", "brings", "comes",
        "enjoys", "holds", "launches", "digs", "wants", "tries", "uses", "seems", "appears", "remains", "sees", "knows", "thinks");

    /// <summary>A lowercase -ed word followed by a determiner, number or pronoun is a verb ("arrested three men"); so is an
    /// irregular past form, and a common -s form after a name.</summary>
    private static bool LooksLikeVerb(SentenceView v, int t)
    {
        if (!v.IsWord(t) || v.IsCapitalised(t)) return false;
        var w = v.Word(t);
        if (v.In(t, IrregularPast)) return true;
        // "The International Monetary Fund cut its forecast", "S&P set a deadline": a past form that is also a noun is the
        // verb when an article or a possessive follows it.
        if (v.In(t, NounLikePast) && v.In(t + 1, GrammarWords.Determiners)) return true;
        if (v.In(t, PresentAfterName) && v.IsCapitalised(t - 1)) return true;
        if (w.Length > 5 && w.EndsWith("ing") && (v.In(t + 1, GrammarWords.Determiners) || v.Is(t + 1, "upon"))) return true; // "meddling the ..."
        if (w.Length < 5 || !w.EndsWith("ed")) return false;
        if (v.In(t + 1, GrammarWords.Determiners) || v.IsNumber(t + 1) || v.In(t + 1, GrammarWords.ObjectPronouns)) return true;
        // "Kaine defended people": a name, then a past tense, then a lowercase word; not a capitalised determiner or
        // number ("One undecided voter", "Many retired teachers": an adjective before its noun).
        return v.IsCapitalised(t - 1) && !v.In(t - 1, GrammarWords.Determiners) && !v.In(t - 1, QuantifiersOfWhom) && v.IsWord(t + 1) && !v.IsCapitalised(t + 1) && !v.In(t + 1, GrammarWords.Prepositions) && !v.Is(t + 1, "of");
    }

    private static int TrimLeadingDiscourse(SentenceView v, int start, int end)
    {
        // "Both men said", "Both groups said": "both" before a lower-case noun belongs to the phrase; "Both Holm and Varga" not.
        while (start < end - 1 && v.In(start, GrammarWords.Discourse) && !(v.Is(start, "both") && v.IsWord(start + 1) && !v.IsCapitalised(start + 1))) start++;
        return start;
    }

    /// <summary>Prepositions outside <see cref="GrammarWords.Prepositions"/> that cannot open a subject ("about the plan said").</summary>
    private static readonly WordSet OtherLeadingPrepositions = new("about", "against", "among", "between", "without", "into", "onto",
        "toward", "towards", "regarding", "concerning", "beyond", "behind");

    /// <summary>Cuts opening discourse words and a leading adjunct ("On Monday the army", "In Tesk residents").</summary>
    private static int TrimLeading(SentenceView v, int start, int end)
    {
        start = TrimLeadingDiscourse(v, start, end);
        while (start < end - 1 && v.IsLyAdverb(start)) start++; // "shortly after Trump said"
        for (int pass = 0; pass < 2; pass++)
        {
            bool other = v.In(start, OtherLeadingPrepositions) && !v.IsCapitalised(start);
            bool adjunct = v.In(start, GrammarWords.Prepositions) || other || (v.In(start, GrammarWords.TimeWords) && !v.Is(start, "may") && !v.Is(start, "march"));
            if (!adjunct) break;
            // "the people the panel wrote to about the budget have declined": the object of a preposition is not the subject; the noun
            // phrase is kept without the preposition.
            if (other) return start + 1 < end && (v.In(start + 1, GrammarWords.Determiners) || v.IsCapitalised(start + 1)) ? start + 1 : -1;
            int split = -1;
            for (int p = start + 1; p < end && split < 0; p++)
            {
                if (p > start + 1 && v.In(p, GrammarWords.Determiners) && !v.In(p - 1, GrammarWords.Prepositions) && !v.In(p - 1, GrammarWords.Determiners)) split = p;
                else if (v.IsCapitalised(p) && v.IsWord(p - 1) && !v.IsCapitalised(p - 1) && p - 1 > start
                    && !v.In(p - 1, GrammarWords.Prepositions) && !v.In(p - 1, GrammarWords.Determiners)) split = p;
                else if (v.IsWord(p) && !v.IsCapitalised(p) && v.IsCapitalised(p - 1) && !v.In(p, GrammarWords.Prepositions)
                    && !v.Is(p, "and") && !v.Is(p, "of") && !v.In(p, GrammarWords.Determiners)) split = p;
                else if (v.In(p, GrammarWords.SubjectPronouns) && p > start + 1) split = p;
            }
            if (split < 0) return pass == 0 && !v.In(start, GrammarWords.Prepositions) ? start : -1;
            start = TrimLeadingDiscourse(v, split, end);
        }
        return start;
    }
}
