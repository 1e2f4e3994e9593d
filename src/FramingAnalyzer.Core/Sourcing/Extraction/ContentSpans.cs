namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Where the content of an attribution starts and ends. After a cue come, in this order, the listener of "tell"
/// ("told reporters", "told Meridian Wire"), adjuncts of time, place and medium ("in a statement posted on its channels",
/// "on Monday afternoon"), then "that", a colon or a comma before a quotation, then the content. Forward content stops
/// before a participle cue (", adding that"), ", according to" or a trailing attribution (", the ministry said").
/// </summary>
internal static class ContentSpans
{
    private static readonly WordSet AdjunctPrepositions = new("in", "on", "at", "by", "during", "via", "over", "to", "with",
        "after", "before", "from", "through", "following", "late", "early", "earlier", "later");

    private static readonly WordSet ListenerStops = new("that", "the", "a", "an", "on", "in", "at", "by", "during", "after", "last",
        "this", "yesterday", "today", "earlier", "later", "late", "early");

    private static readonly WordSet MotionParticles = new("into", "through", "onto", "across", "down", "up", "off", "away", "past", "apart");

    private static readonly WordSet QuantityAdverbs = new("nearly", "roughly", "approximately", "barely", "merely", "only", "almost", "about");
    private static readonly WordSet QuantityWords = new("half", "all", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozens", "hundreds", "thousands", "millions", "every", "twice", "double");

    private static readonly WordSet WhWords = new("whether", "why", "how", "what", "when", "where", "who", "if");

    /// <summary>Where the content after <paramref name="cue"/> opens (reading from <paramref name="from"/>), or why there is none after it.</summary>
    /// <param name="evidenceSubject">The subject is a document or data ("the poll showed ..."): a <see cref="VerbContent.Finding"/> verb takes a plain object.</param>
    public static ContentOpening OpeningAfter(SentenceExtraction state, CueCandidate cue, int from, bool evidenceSubject = false)
    {
        var v = state.View;
        int k = from;
        if (v.Is(k, "by")) return ContentOpening.NotContent; // "a compromise rebuffed by Republicans": a participle with its agent
        // "an explosion that the mayor described as "an intentional act"": a describing verb whose object is a relative
        // pronoun before it has what it was described as right after "as".
        if (v.Is(k, "as") && cue.Behaviour.Content == VerbContent.Describing && IsRelativeObject(state, cue)
            && (v.IsQuoteMark(k + 1) || (v.IsWord(k + 1) && !v.In(k + 1, GrammarWords.SubjectPronouns))))
        {
            return ContentOpening.At(k + 1);
        }
        if (v.Is(k, "as") && v.Is(k + 1, "much") && cue.Behaviour.Content != VerbContent.Describing) return ContentOpening.At(k); // "Mook said as much in an interview"
        // "said as many as 40 children were missing": a quantity opens the clause.
        if (v.Is(k, "as") && (v.Is(k + 1, "many") || v.Is(k + 1, "few")) && v.Is(k + 2, "as") && cue.Behaviour.Content != VerbContent.Describing) return ContentOpening.At(k);
        if (v.Is(k, "as")) return ContentOpening.NothingAfter; // "described as", "said as she marched": no content after the verb
        if (cue.Behaviour.Listener) k = SkipListener(state, k);
        k = SkipAdjuncts(state, k);
        k = SkipTopicBeforeQuote(state, k);
        // "shells slammed into stalls", "blasted through the wall"; but "said up to a million civilians could flee" is a
        // quantity opening the clause.
        if (v.In(k, MotionParticles) && !(v.Is(k, "up") && v.Is(k + 1, "to"))) return ContentOpening.NotContent;
        if (v.Is(k, "and") || v.Is(k, "or") || v.Is(k, "but")) return ContentOpening.NotContent; // "who said and did"
        if (cue.Behaviour.NotBefore.Length > 0 && v.Is(k, cue.Behaviour.NotBefore)) return ContentOpening.NotContent; // "people accused of rape"
        if (cue.Behaviour.Content == VerbContent.Naming && !IsNaming(v, k)) return ContentOpening.NotContent; // "called the police", "called a meeting"
        bool marked = true;
        if (v.Is(k, "that"))
        {
            k++;
            if (v.IsComma(k)) k++; // "said that, if elected, ..."
        }
        else if (v.IsPunct(k, ':')) k++;
        else if (v.IsComma(k) && v.IsQuoteMark(k + 1)) k++;
        else marked = (v.IsQuoteMark(k) && !cue.Behaviour.NeedsClause) || v.In(k, WhWords);
        if (k >= v.ContentLimit || v.IsComma(k) || v.IsTerminal(k)) return ContentOpening.NothingAfter;
        if (!marked && cue.Behaviour.NeedsClause && !(evidenceSubject && cue.Behaviour.Content == VerbContent.Finding) && !v.IsTitleCase && !BareClause.Opens(state, cue, k)
            && !(cue.Behaviour.Content == VerbContent.Describing && IsDescribing(state, k)))
        {
            return ContentOpening.NotContent;
        }
        return ContentOpening.At(k);
    }

    /// <summary>"that the mayor described", "what analysts described": "that" or "what" within a few words before the cue, with no verb between.</summary>
    private static bool IsRelativeObject(SentenceExtraction state, CueCandidate cue)
    {
        var v = state.View;
        for (int t = cue.Start - 1; t >= 0 && t >= cue.Start - 6; t--)
        {
            if (v.Is(t, "that") || v.Is(t, "what") || v.Is(t, "which")) return t < cue.Start - 1;
            if (!v.IsWord(t) || v.In(t, GrammarWords.BeForms) || state.IsCue(t)) return false;
        }
        return false;
    }

    /// <summary>
    /// "called the plan "a disgrace"", "called him a liar": a short object, then a quotation or an indefinite article
    /// that opens what the object was called. Other uses of "call" (to phone, to summon, to convene) report nothing, and
    /// neither does a self-description ("who calls himself a spokesman").
    /// </summary>
    private static bool IsNaming(SentenceView v, int k)
    {
        if (v.In(k, Reflexives)) return false;
        if (NamesWithAdjective(v, k)) return true;
        bool crossedPreposition = false;
        for (int t = k + 1; t < v.ContentLimit && t - k <= MaxNamedObject; t++)
        {
            // "called her vote in favor of the war a mistake", "called his remarks on Saturday "a wake-up call"": a
            // prepositional phrase may sit inside the object, but then only an indefinite article opens what it was
            // called ("on a conference call demand from customers "continues ..."" names nothing), and what follows a
            // preposition is its object ("called the hotline in a panic").
            if (v.IsQuoteMark(t) || v.Is(t, "a") || v.Is(t, "an"))
            {
                if (v.In(t - 1, GrammarWords.Prepositions)) return false;
                return !crossedPreposition || v.Is(t, "a") || v.Is(t, "an") || v.Is(t + 1, "a") || v.Is(t + 1, "an");
            }
            if (!v.IsWord(t) || v.In(t, GrammarWords.Subordinators) || v.Is(t, "to")) return false;
            crossedPreposition |= v.In(t, GrammarWords.Prepositions);
        }
        return false;
    }

    /// <summary>
    /// "called the charges unsubstantiated", "called it unacceptable": a pronoun, or a determiner and at most three
    /// words, then a word shaped like an adjective that ends the phrase ("called the meeting to order" and "called the
    /// urgent meeting" name nothing).
    /// </summary>
    private static bool NamesWithAdjective(SentenceView v, int k)
    {
        int t;
        if (v.In(k, GrammarWords.ObjectPronouns)) t = k + 1;
        else if (v.In(k, GrammarWords.Determiners) && !v.Is(k, "a") && !v.Is(k, "an"))
        {
            t = k + 1;
            while (t < v.ContentLimit && t - k <= 3 && v.IsWord(t) && !IsAdjectiveShaped(v, t) && !v.In(t, GrammarWords.Prepositions)) t++;
            if (t == k + 1) return false;
        }
        else return false;
        if (t >= v.ContentLimit || !IsAdjectiveShaped(v, t)) return false;
        int next = t + 1;
        return next >= v.ContentLimit || !v.IsWord(next) || v.Is(next, "and") || v.Is(next, "or") || v.Is(next, "because") || v.Is(next, "but");
    }

    private static readonly string[] AdjectiveEndings = ["ous", "ful", "ive", "able", "ible", "less", "ic", "ical", "ist", "ent", "ant", "ary"];
    private static readonly WordSet PlainAdjectives = new("false", "wrong", "fake", "absurd", "unfair", "untrue", "bogus", "silly", "crazy",
        "dumb", "weak", "sad", "bad", "good", "great", "rigged", "biased", "baseless", "ridiculous", "unacceptable", "shameful");

    /// <summary>A lower-case word with an adjective's ending, "un-...-ed" ("unfounded"), or a common evaluative adjective.</summary>
    private static bool IsAdjectiveShaped(SentenceView v, int t)
    {
        if (!v.IsWord(t) || v.IsCapitalised(t) || v.In(t, PlainAdjectives)) return v.In(t, PlainAdjectives);
        var word = v.Word(t);
        if (word.Length < 5) return false;
        if (word.StartsWith("un") && word.EndsWith("ed")) return true;
        foreach (var ending in AdjectiveEndings)
        {
            if (word.EndsWith(ending)) return true;
        }
        return false;
    }

    /// <summary>
    /// "described the plan as a disgrace", "characterized Sen. Tim Kaine, D-Va., as desperate": an object of at most
    /// <see cref="MaxDescribedObject"/> tokens, then "as". A clause, a cue or a quotation before the "as" ends the search.
    /// </summary>
    private static bool IsDescribing(SentenceExtraction state, int k)
    {
        var v = state.View;
        for (int t = k; t < v.ContentLimit && t - k <= MaxDescribedObject; t++)
        {
            if (v.Is(t, "as")) return t > k && (v.IsWord(t + 1) || v.IsQuoteMark(t + 1) || v.IsComma(t + 1));
            if (v.IsTerminal(t) || v.IsQuoteMark(t) || state.IsCue(t) || v.In(t, GrammarWords.Subordinators) || v.Is(t, "and") || v.Is(t, "that"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The longest object, in tokens, between "described" and its "as".</summary>
    private const int MaxDescribedObject = 10;

    private static readonly WordSet Reflexives = new("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves");

    /// <summary>The longest object, in tokens, between "called" and what it was called.</summary>
    private const int MaxNamedObject = 10;

    /// <summary>The longest topic, in tokens, between "says of" and the comma before its quotation.</summary>
    private const int MaxTopic = 8;

    /// <summary>
    /// "says of his rival, "She will sell the office."": past "of" and its topic to the comma before a quotation, which
    /// is the content. Any other "of" after the cue is left where it is.
    /// </summary>
    private static int SkipTopicBeforeQuote(SentenceExtraction state, int k)
    {
        var v = state.View;
        if (!v.Is(k, "of") || v.InQuote(k)) return k;
        for (int t = k + 1; t < v.ContentLimit && t - k <= MaxTopic; t++)
        {
            if (v.IsComma(t) || v.IsPunct(t, ':')) return v.IsQuoteMark(t + 1) && !v.InQuote(t) ? t + 1 : k;
            if (v.IsQuoteMark(t) || v.IsTerminal(t) || state.IsCue(t)) return k;
        }
        return k;
    }

    /// <summary>Skips the listener of "tell": a pronoun, a name, or up to three lowercase words ("reporters", "a news conference").</summary>
    public static int SkipListener(SentenceExtraction state, int k)
    {
        var v = state.View;
        if (v.In(k, GrammarWords.ObjectPronouns)) return k + 1;
        int i = k;
        if (v.In(i, GrammarWords.Determiners)) i++;
        if (v.IsCapitalised(i))
        {
            // "told the House Judiciary and Oversight committees that": names joined by "and", then their common noun.
            while (v.IsCapitalised(i) || ((v.Is(i, "of") || v.Is(i, "and")) && v.IsCapitalised(i + 1))) i++;
            if (v.In(i, ListenerBodies)) i++;
            return i;
        }
        int n = 0;
        while (n < 3 && v.IsWord(i) && !v.IsCapitalised(i) && !state.IsCue(i) && !v.In(i, ListenerStops) && !v.In(i, GrammarWords.Subordinators)
            && !v.In(i, GrammarWords.BeForms) && !v.In(i, GrammarWords.Auxiliaries) && !v.In(i, GrammarWords.SubjectPronouns))
        {
            i++;
            n++;
        }
        return n > 0 ? i : k;
    }

    /// <summary>Skips adverbs, time expressions and prepositional phrases of time, place and medium after a cue.</summary>
    public static int SkipAdjuncts(SentenceExtraction state, int k)
    {
        var v = state.View;
        for (int pass = 0; pass < 5 && k < v.ContentLimit; pass++)
        {
            // "said nearly half of the town ...", "roughly 300 homes": an adverb of quantity belongs to the clause's subject.
            if (QuantityAdverbs.Contains(v.Word(k)) && (v.IsNumber(k + 1) || v.In(k + 1, QuantityWords))) break;
            if (v.IsLyAdverb(k) || v.Is(k, "also") || v.Is(k, "again") || v.Is(k, "repeatedly") || v.Is(k, "previously") || v.Is(k, "publicly"))
            {
                k++;
                continue;
            }
            int time = TimeLength(v, k);
            if (time > 0)
            {
                k += time;
                continue;
            }
            // "said over 100 shells hit the market": a quantity, not a place or time.
            if ((v.Is(k, "over") || v.Is(k, "under")) && v.IsNumber(k + 1)) break;
            // "wrote in a note to clients that ...": a listener named by one plain word before "that".
            if (v.Is(k, "to") && v.IsWord(k + 1) && !v.IsCapitalised(k + 1) && v.Is(k + 2, "that") && !state.IsCue(k + 1))
            {
                k += 2;
                continue;
            }
            // "said through an interpreter that", "said through his lawyer that": the go-between the words came through.
            if (v.Is(k, "through") && v.In(k + 1, GrammarWords.Determiners) && v.In(k + 2, GoBetweens))
            {
                k += 3;
                continue;
            }
            // "has claimed for months that", "wrote for the majority that": a duration, or the bench written for.
            if (v.Is(k, "for") && ForAdjunctLength(v, k + 1) is > 0 and var forLength)
            {
                k += 1 + forLength;
                continue;
            }
            // "reported, without citing evidence, that ...", "said, in a rare interview, that ...": words between commas
            // right before "that" are an adjunct of the verb.
            if (v.IsComma(k) && CommaAdjunctBeforeThat(v, k) is int close)
            {
                k = close + 1;
                continue;
            }
            // "snapped at reporters that", "shouted at protesters that": the people the words were aimed at.
            if (v.Is(k, "at") && Addressees(v, k + 1) is int aimedAt && (v.Is(aimedAt, "that") || v.IsComma(aimedAt) || TimeLength(v, aimedAt) > 0))
            {
                k = aimedAt;
                continue;
            }
            if (v.In(k, AdjunctPrepositions))
            {
                int i = k + 1;
                if (v.In(i, GrammarWords.Determiners)) i++;
                int words = 0;
                bool medium = false;
                // "in a sentencing memo", "in a lengthy statement": one lower-case modifier before a medium word.
                while (i < v.ContentLimit && (v.IsCapitalised(i) || v.IsNumber(i) || v.In(i, GrammarWords.MediumWords) || TimeLength(v, i) > 0
                    || (words == 0 && v.IsWord(i) && !state.IsCue(i) && v.In(i - 1, GrammarWords.Determiners) && v.In(i + 1, GrammarWords.MediumWords)
                        && !v.In(i + 1, GrammarWords.Determiners) && !v.IsCapitalised(i + 1))
                    || (words > 0 && (v.Is(i, "of") || v.Is(i, "and")) && v.IsCapitalised(i + 1))))
                {
                    int time2 = TimeLength(v, i);
                    // not "in Newport News"; "own" only modifies the medium that follows ("on his own Facebook page").
                    medium = time2 == 0 && v.In(i, GrammarWords.MediumWords) && !v.IsCapitalised(i) && !v.Is(i, "own");
                    i += Math.Max(1, time2);
                    words++;
                    // The medium ends the phrase: "in a statement Varga and Morel wanted ..." opens its clause at "Varga".
                    if (medium && !v.Is(i, "of") && !v.In(i, GrammarWords.MediumWords)) break;
                }
                if (words == 0) break;
                // "wrote in an email to constituents", "said in a letter to his colleagues": the medium's addressees.
                // "wrote in a letter to the chairmen of several congressional committees that": any addressees up to "that".
                if (medium && v.Is(i, "to") && (Addressees(v, i + 1) ?? AddresseesBeforeThat(state, v, i + 1)) is int addressed) i = addressed;
                // "argued in a speech in Reno, Nev., on Thursday that": a place's state between commas.
                if (!medium && StateAfterPlace(v, i) is int afterState) i = afterState;
                // "wrote in an op-ed for The Washington Examiner that": the outlet the medium appeared in.
                if (medium && v.Is(i, "for") && OutletEnd(v, i + 1) is int outletEnd && v.Is(outletEnd, "that")) i = outletEnd;
                k = i;
                continue;
            }
            break;
        }
        return k;
    }

    /// <summary>Where a medium's addressees after "to" end: one lower-case plural noun, a possessive or "the" allowed before
    /// it ("constituents", "his colleagues", "the members"); null otherwise.</summary>
    private static int? Addressees(SentenceView v, int i)
    {
        if (v.In(i, GrammarWords.Determiners)) i++;
        return v.IsWord(i) && !v.IsCapitalised(i) && v.Word(i) is { Length: > 3 } w && w.EndsWith('s') && !w.EndsWith("ss") && !v.In(i, GrammarWords.Prepositions) ? i + 1 : null;
    }

    /// <summary>Where addressees of a medium end right before "that", at most eight words with no cue or punctuation
    /// ("to the chairmen of several congressional committees that"); null otherwise.</summary>
    private static int? AddresseesBeforeThat(SentenceExtraction state, SentenceView v, int i)
    {
        for (int j = i; j < v.ContentLimit && j - i <= 8; j++)
        {
            if (v.Is(j, "that")) return j > i ? j : null;
            if (!v.IsWord(j) || state.IsCue(j)) return null;
        }
        return null;
    }

    /// <summary>After a place's name, the index past ", State," or ", Abbr.," ("in Scranton, Pa., that"); null when
    /// no one capitalised word stands between two commas there.</summary>
    private static int? StateAfterPlace(SentenceView v, int i)
    {
        if (!v.IsComma(i) || !v.IsCapitalised(i + 1)) return null;
        int j = i + 2;
        if (v.IsPunct(j, '.')) j++;
        return v.IsComma(j) ? j + 1 : null;
    }

    /// <summary>Where a capitalised name at <paramref name="k"/> ends, an article before it allowed ("The Washington
    /// Examiner"); null when none starts there.</summary>
    private static int? OutletEnd(SentenceView v, int k)
    {
        if (v.In(k, GrammarWords.Determiners) && v.IsCapitalised(k + 1)) k++;
        if (!v.IsCapitalised(k)) return null;
        while (k < v.ContentLimit && (v.IsCapitalised(k) || (v.Is(k, "of") && v.IsCapitalised(k + 1)))) k++;
        return k;
    }

    private static readonly WordSet ListenerBodies = new("committee", "committees", "subcommittee", "subcommittees", "panel", "panels");
    private static readonly WordSet GoBetweens = new("interpreter", "translator", "spokesman", "spokeswoman", "spokesperson", "lawyer",
        "lawyers", "attorney", "attorneys", "representative", "representatives", "aide", "aides");
    private static readonly WordSet DurationUnits = new("months", "years", "weeks", "days", "decades", "hours", "month", "year", "week", "day", "decade", "ages");
    private static readonly WordSet CountWords = new("a", "two", "three", "four", "five", "six", "several", "many", "some", "nearly", "almost", "more");
    private static readonly WordSet Benches = new("majority", "court", "panel", "plurality", "minority", "board", "commission");

    /// <summary>The length after "for" of a duration ("months", "two years", "the past decade") or of the bench a judge
    /// writes for ("the majority", "a unanimous court"); 0 for anything else.</summary>
    private static int ForAdjunctLength(SentenceView v, int i)
    {
        if (v.In(i, DurationUnits)) return 1;
        if ((v.IsNumber(i) || v.In(i, CountWords)) && v.In(i + 1, DurationUnits)) return 2;
        if ((v.IsNumber(i) || v.In(i, CountWords)) && (v.IsNumber(i + 1) || v.In(i + 1, CountWords)) && v.In(i + 2, DurationUnits)) return 3;
        if (v.Is(i, "the") && (v.Is(i + 1, "past") || v.Is(i + 1, "last")) && v.In(i + 2, DurationUnits)) return 3;
        if (v.Is(i, "the") && (v.Is(i + 1, "past") || v.Is(i + 1, "last")) && (v.IsNumber(i + 2) || v.In(i + 2, CountWords)) && v.In(i + 3, DurationUnits)) return 4;
        if ((v.Is(i, "the") || v.Is(i, "a")) && v.In(i + 1, Benches)) return 2;
        if ((v.Is(i, "the") || v.Is(i, "a")) && (v.IsWord(i + 1) || v.IsNumber(i + 1)) && v.In(i + 2, Benches) && (v.Is(i + 3, "that") || v.IsComma(i + 3))) return 3; // "a unanimous court", "the 7-2 majority"
        return 0;
    }

    /// <summary>The longest adjunct, in words, <see cref="CommaAdjunctBeforeThat"/> takes between its commas.</summary>
    private const int MaxCommaAdjunct = 8;

    /// <summary>The closing comma of ", WORDS, that" at <paramref name="comma"/> (words only, no quotation), or null.</summary>
    private static int? CommaAdjunctBeforeThat(SentenceView v, int comma)
    {
        int close = comma + 1;
        while (close < v.ContentLimit && close - comma <= MaxCommaAdjunct && v.IsWord(close)) close++;
        return close > comma + 1 && v.IsComma(close) && v.Is(close + 1, "that") ? close : null;
    }

    /// <summary>The length in tokens of a time expression at <paramref name="k"/> ("Monday", "last week", "late on Sunday", "March 3"), or 0.</summary>
    public static int TimeLength(SentenceView v, int k)
    {
        if (v.In(k, GrammarWords.Weekdays) && v.IsCapitalised(k))
        {
            int n = 1;
            while (v.Is(k + n, "morning") || v.Is(k + n, "afternoon") || v.Is(k + n, "evening") || v.Is(k + n, "night")) n++;
            return n;
        }
        if (v.Is(k, "today") || v.Is(k, "yesterday") || v.Is(k, "tonight"))
        {
            return v.Is(k + 1, "morning") || v.Is(k + 1, "afternoon") || v.Is(k + 1, "evening") ? 2 : 1;
        }
        if ((v.Is(k, "last") || v.Is(k, "this") || v.Is(k, "next") || v.Is(k, "late") || v.Is(k, "early") || v.Is(k, "earlier") || v.Is(k, "later"))
            && (v.Is(k + 1, "week") || v.Is(k + 1, "month") || v.Is(k + 1, "year") || v.Is(k + 1, "night") || v.Is(k + 1, "weekend")
                || v.Is(k + 1, "morning") || v.Is(k + 1, "afternoon") || v.Is(k + 1, "evening")
                || (v.In(k + 1, GrammarWords.TimeWords) && v.IsCapitalised(k + 1))))
        {
            return 2;
        }
        if ((v.Is(k, "late") || v.Is(k, "early") || v.Is(k, "earlier") || v.Is(k, "later")) && v.Is(k + 1, "on") && v.In(k + 2, GrammarWords.Weekdays)) return 3;
        if (v.IsCapitalised(k) && v.In(k, GrammarWords.TimeWords) && !v.In(k, GrammarWords.Weekdays) && v.IsNumber(k + 1)) return 2;
        if (v.Is(k, "at") && v.Is(k + 1, "the") && v.Is(k + 2, "time")) return 3; // "reported at the time that ..."
        if (v.Is(k, "afterward") || v.Is(k, "afterwards")) return 1; // "wrote on Twitter afterward that ..."
        if ((v.Is(k, "in") || v.Is(k, "on")) && v.Is(k + 1, "the") && v.Is(k + 2, "past")) return 3;
        // "a day earlier", "two weeks later", "hours earlier", "three days ago".
        int unit = v.Is(k, "a") || v.Is(k, "an") || v.IsNumber(k) || v.In(k, CountWords) ? k + 1 : k;
        if (v.In(unit, TimeUnits) && (v.Is(unit + 1, "earlier") || v.Is(unit + 1, "later") || v.Is(unit + 1, "ago"))) return unit + 2 - k;
        return 0;
    }

    private static readonly WordSet TimeUnits = new("day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
        "minutes", "moments");

    /// <summary>The end (exclusive) of forward content that starts at <paramref name="start"/>.</summary>
    public static int ForwardEnd(SentenceExtraction state, int start)
    {
        var v = state.View;
        int end = v.ContentLimit;
        for (int t = start; t < end; t++)
        {
            if (IsCoordinatedCue(state, t)) return t; // "... and said ...", "... but has also said ..."
            if (IsClosingQuote(v, t) && v.IsComma(t - 1) && state.CueAt(t + 1) is { IsParticiple: true }) return t; // '...," adding that
            if (v.InQuote(t) || !(v.IsComma(t) || v.IsPunct(t, '—') || v.IsPunct(t, '–') || v.IsPunct(t, ';'))) continue;
            if (v.IsPunct(t, ';')) return t;
            var cue = state.CueAt(t + 1);
            if (cue is not null && (cue.IsParticiple || cue.IsAccordingTo)) return t;
            if (IsTrailingAttribution(state, t + 1)) return t;
        }
        return end;
    }

    /// <summary>"and" or "but" before a cue, adverbs between ("... but also contended ..."): a second verb of the same subject.</summary>
    private static bool IsCoordinatedCue(SentenceExtraction state, int t)
    {
        var v = state.View;
        if (!(v.Is(t, "and") || v.Is(t, "but")) || v.InQuote(t)) return false;
        int next = t + 1;
        while (next < v.ContentLimit && next - t <= 2 && (v.In(next, GrammarWords.Adverbs) || v.IsLyAdverb(next))) next++;
        return state.CueAt(next) is { IsAccordingTo: false };
    }

    /// <summary>True when the text from <paramref name="start"/> is a trailing attribution: "the ministry said (on Monday)." or "said X."</summary>
    public static bool IsTrailingAttribution(SentenceExtraction state, int start)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Start < start || cue.IsAccordingTo || cue.AfterPreposition) continue;
            if (cue.Start - start > 9) break;
            bool plain = true;
            for (int t = start; t < cue.Start && plain; t++)
            {
                plain = (v.IsWord(t) || v.IsNumber(t) || (v.IsQuoteMark(t) && !v.IsDoubleQuoteMark(t))) && !v.Is(t, "that") && !v.InQuote(t);
            }
            if (!plain) return false;
            int rest = cue.End;
            int tail = 0;
            while (rest < v.ContentLimit && !v.IsComma(rest))
            {
                if (v.Is(rest, "that") || v.IsDoubleQuoteMark(rest)) return false;
                rest++;
                tail++;
            }
            return tail <= 12;
        }
        return false;
    }

    /// <summary>Content before the source: from <paramref name="from"/> to the comma, dash or closing quotation mark before it.</summary>
    public static (int Start, int End)? Before(SentenceExtraction state, int sourceStart, int from)
    {
        var v = state.View;
        int p = sourceStart - 1;
        if (p <= from) return null;
        if (!(v.IsComma(p) || v.IsQuoteMark(p) || v.IsPunct(p, '—') || v.IsPunct(p, '–') || v.IsPunct(p, ':'))) return null;
        var (s, e) = Trim(v, from, p);
        return HasWords(v, s, e) ? (s, e) : null;
    }

    /// <summary>Drops quotation marks and punctuation at both ends of [start, end).</summary>
    public static (int Start, int End) Trim(SentenceView v, int start, int end)
    {
        while (start < end && (v.IsQuoteMark(start) || v.IsComma(start) || v.IsPunct(start, ':') || v.IsPunct(start, '—') || v.IsPunct(start, '–') || v.IsPunct(start, '-')))
        {
            start++;
        }
        while (end > start && ((v.IsQuoteMark(end - 1) && !ClosesInside(v, start, end - 1)) || v.IsComma(end - 1) || v.IsPunct(end - 1, ':') || v.IsPunct(end - 1, '.') || v.IsPunct(end - 1, ';')
            || v.IsPunct(end - 1, '—') || v.IsPunct(end - 1, '–') || v.IsPunct(end - 1, '-')))
        {
            end--;
        }
        // Keep a quotation that opens inside the content whole: "... retake the site "within hours."".
        if (end > start && end < v.Count && OpensInside(v, start, end))
        {
            int e = end;
            while (e < v.Count && (v.InQuote(e) || (v[e].Kind == Model.TokenKind.Punctuation && !v.IsComma(e)))) e++;
            if (e < v.Count && v.IsQuoteMark(e)) end = e + 1;
        }
        return (start, end);
    }

    private static bool OpensInside(SentenceView v, int start, int end)
    {
        int open = 0;
        for (int t = start; t < end; t++)
        {
            if (!v.IsQuoteMark(t)) continue;
            if (v.InQuote(t + 1) && !v.InQuote(t - 1)) open++;
            else if (v.InQuote(t - 1) && !v.InQuote(t + 1) && open > 0) open--;
        }
        return open > 0 && v.InQuote(end - 1);
    }

    /// <summary>True when the mark at <paramref name="mark"/> closes a quotation opened inside [start, mark).</summary>
    private static bool ClosesInside(SentenceView v, int start, int mark)
    {
        if (!ContentSpans.IsClosingQuote(v, mark)) return false;
        for (int t = start; t < mark; t++)
        {
            if (v.IsQuoteMark(t) && !v.InQuote(t) && t + 1 < mark && v.InQuote(t + 1) && (t == 0 || !v.InQuote(t - 1))) return true;
        }
        return false;
    }

    public static bool HasWords(SentenceView v, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (v.IsWord(t) || v.IsNumber(t)) return true;
        }
        return false;
    }

    public static int WordCount(SentenceView v, int start, int end)
    {
        int n = 0;
        for (int t = start; t < end; t++)
        {
            if (v.IsWord(t) || v.IsNumber(t)) n++;
        }
        return n;
    }

    /// <summary>direct when every word of the content is quoted, mixed when some are, indirect when none are.</summary>
    public static string QuoteKindOf(SentenceView v, int start, int end)
    {
        int words = 0, quoted = 0;
        for (int t = start; t < end; t++)
        {
            if (!v.IsWord(t) && !v.IsNumber(t)) continue;
            words++;
            if (v.InQuote(t)) quoted++;
        }
        if (quoted == 0) return QuoteKinds.Indirect;
        return quoted == words ? QuoteKinds.Direct : QuoteKinds.Mixed;
    }

    /// <summary>True when token <paramref name="mark"/> closes a quotation (the token before it is quoted).</summary>
    public static bool IsClosingQuote(SentenceView v, int mark) => v.IsQuoteMark(mark) && mark > 0 && v.InQuote(mark - 1);

    /// <summary>The quoted tokens that end at the closing mark <paramref name="mark"/>: [start, mark).</summary>
    public static int QuoteStart(SentenceView v, int mark)
    {
        int a = mark - 1;
        while (a - 1 >= 0 && (v.InQuote(a - 1) || (v.IsQuoteMark(a - 1) && !v.IsDoubleQuoteMark(a - 1) && v.InQuote(a - 2)))) a--;
        return a;
    }
}
