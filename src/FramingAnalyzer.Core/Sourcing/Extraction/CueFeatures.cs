namespace FramingAnalyzer.Sourcing;

/// <summary>
/// What <see cref="CueDetector"/> reads of a word that the reporting-verb lexicon does not know: which words are
/// candidates at all (lower-case words outside quotations that are not closed-class words), and the context features of
/// a candidate (its suffix, the word after it, what stands before it once adverbs are skipped, the sentence around it).
/// The same code fills training rows (<see cref="CueDetectorTrainer"/>) and scoring rows.
/// </summary>
internal static class CueFeatures
{
    /// <summary>The names of the context features, in slot order (written into the model file and shown by the trainer).</summary>
    public static readonly string[] Names =
    [
        "suffix_ed", "suffix_s", "suffix_ing", "suffix_other",
        "next_that", "next_to", "next_quote_or_colon", "next_wh", "next_preposition", "next_determiner", "next_pronoun",
        "next_capitalised", "next_comma", "next_end", "next_and_or", "next_number", "next_lower_word",
        "left_be", "left_auxiliary", "left_subject_pronoun", "left_capitalised", "left_person_or_body", "left_determiner_or_guard",
        "left_to", "left_preposition", "left_comma", "left_quote", "left_and", "left_relative", "left_lower_word", "left_start",
        "left_possessive", "adverb_skipped",
        "sentence_quote", "sentence_lexicon_cue", "near_start", "length",
        "lexicon_similarity_max", "lexicon_similarity_top3",
    ];

    public static int Count => Names.Length;

    /// <summary>The slots of <see cref="LexiconSimilarity"/> (the last two), which <see cref="Fill"/> leaves to its caller.</summary>
    public const int SimilarityMax = 37, SimilarityTop3 = 38;

    private static readonly WordSet WhWords = new("whether", "what", "how", "why", "who", "when", "if", "where", "which");

    private static readonly WordSet NextPrepositions = new("about", "on", "of", "for", "against", "with", "over", "at", "in", "as", "from",
        "into", "upon", "toward", "towards");

    /// <summary>Function and other words that never head a verb group, beyond the closed classes of <see cref="GrammarWords"/>.</summary>
    private static readonly WordSet NotVerbs = new("and", "or", "of", "to", "about", "into", "against", "between", "among", "without",
        "around", "there", "here", "very", "more", "most", "less", "least", "many", "much", "own", "other", "same", "new", "not", "no", "nor",
        "mr", "mrs", "ms", "dr", "per", "cent", "percent", "than", "then", "thus", "yes", "okay", "ok", "like", "via", "its", "it's",
        "whose", "whom", "whom", "him", "his", "hers", "ours", "theirs", "yours", "mine", "myself", "ourselves", "yourself");

    private static readonly WordSet Relatives = new("who", "which", "that");

    /// <summary>
    /// The closed classes of <see cref="GrammarWords"/> that no candidate belongs to, as one mask: every token of every
    /// sentence is tested, and one mask test costs less than eleven set tests.
    /// </summary>
    private static readonly ulong ClosedClasses = GrammarWords.Bits(GrammarWords.Determiners, GrammarWords.Prepositions,
        GrammarWords.Subordinators, GrammarWords.BeForms, GrammarWords.Auxiliaries, GrammarWords.Adverbs, GrammarWords.SubjectPronouns,
        GrammarWords.ObjectPronouns, GrammarWords.NotSources, GrammarWords.Discourse, GrammarWords.TimeWords);

    /// <summary>Words before a candidate that leave it no subject slot (a noun, an infinitive, a passive follows them), as one mask.</summary>
    private static readonly ulong NoSubjectBefore = GrammarWords.Bits(GrammarWords.Determiners, GrammarWords.NounGuards,
        GrammarWords.Prepositions, GrammarWords.BeForms, GrammarWords.Subordinators);

    /// <summary>Nouns of people and bodies that can be a subject (<see cref="HasSubjectSlot"/>, the left_person_or_body feature), as one mask.</summary>
    private static readonly ulong SubjectNouns = GrammarWords.Bits(GrammarWords.PersonNouns, GrammarWords.OrgNouns, GrammarWords.PluralNouns);

    /// <summary>The closed classes the left_lower_word feature leaves out, as one mask.</summary>
    private static readonly ulong NotLowerWordBefore = GrammarWords.Bits(GrammarWords.Determiners, GrammarWords.NounGuards,
        GrammarWords.BeForms, GrammarWords.Auxiliaries, GrammarWords.SubjectPronouns);

    /// <summary>
    /// A word that may be a cue verb the lexicon does not know: lower case, outside quotations, not the first token, at
    /// least three letters (hyphens allowed), not a closed-class word or an -ly adverb.
    /// </summary>
    public static bool IsCandidate(SentenceView v, int i)
    {
        if (i <= 0 || !v.IsWord(i) || v.InQuote(i) || v.IsCapitalised(i)) return false;
        var w = v.Word(i);
        if (w.Length < 3) return false;
        foreach (char c in w)
        {
            if (!(char.IsAsciiLetterLower(c) || c == '-')) return false;
        }
        if (w[0] == '-' || w[^1] == '-') return false;
        // "Government spokeswoman Mira Kest", "party chairman": nouns of people, never verbs.
        if (w.EndsWith("man") || w.EndsWith("woman") || w.EndsWith("men") || w.EndsWith("person") || w.EndsWith("people")) return false;
        if (v.InAny(i, ClosedClasses) || v.In(i, NotVerbs) || v.IsLyAdverb(i))
        {
            return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the word stands where a finite verb follows its subject: once adverbs and auxiliaries are skipped, the
    /// word before it is a subject pronoun, a capitalised word (a name), a noun of a person or body, a plural or an
    /// agent noun (-er, -or, -ist, -ian, -ent), a comma or parenthesis closing an apposition, "who", "which" or "and". Not
    /// after a determiner, a possessive, a preposition, "to" or "be" (a noun, an infinitive, a passive), nor after an
    /// adjective or another verb.
    /// </summary>
    public static bool HasSubjectSlot(SentenceView v, int i)
    {
        int j = SourcePhrases.SkipAdverbsLeft(v, i - 1, 0, allowBe: false);
        while (j >= 0 && v.In(j, GrammarWords.Auxiliaries) && !v.Is(j, "having")) j = SourcePhrases.SkipAdverbsLeft(v, j - 1, 0, allowBe: false);
        if (j < 0) return false;
        if (v.In(j, GrammarWords.SubjectPronouns) || v.Is(j, "who") || v.Is(j, "which") || v.Is(j, "and")) return true;
        if (v.IsComma(j) || v.IsPunct(j, ')')) return true;
        if (!v.IsWord(j) || v.InQuote(j)) return false;
        var w = v.Word(j);
        if (w.EndsWith("'s") || w.EndsWith("'")) return false;
        if (v.InAny(j, NoSubjectBefore) || v.Is(j, "to")) return false;
        if (v.IsCapitalised(j)) return true;
        if (v.InAny(j, SubjectNouns)) return true;
        return (w.EndsWith("s") && !w.EndsWith("ss") && !w.EndsWith("ous")) || w.EndsWith("er") || w.EndsWith("or") || w.EndsWith("ist")
            || w.EndsWith("ian") || w.EndsWith("ent");
    }

    /// <summary>What the features read of the whole sentence, computed once per sentence.</summary>
    public readonly record struct SentenceFacts(bool Quote, int VerbForms)
    {
        public static SentenceFacts Of(SentenceView v, bool[] verbForms)
        {
            bool quote = false;
            int forms = 0;
            for (int t = 0; t < v.Count; t++)
            {
                if (v.IsQuoteMark(t)) quote = true;
                if (t < verbForms.Length && verbForms[t]) forms++;
            }
            return new SentenceFacts(quote, forms);
        }
    }

    /// <summary>Fills the context features of the candidate at <paramref name="i"/> (all zero or one except the length), not the similarities.</summary>
    /// <param name="verbForms">Which tokens of the sentence are reporting-verb forms of the lexicon (<see cref="CueFinder.Find"/>).</param>
    public static void Fill(SentenceView v, int i, bool[] verbForms, SentenceFacts sentence, Span<float> f)
    {
        f.Clear();
        var w = v.Word(i);
        int k = 0;
        bool ed = w.EndsWith("ed"), ing = w.EndsWith("ing"), s = !ed && w.EndsWith("s") && !w.EndsWith("ss");
        f[k++] = ed ? 1 : 0;
        f[k++] = s ? 1 : 0;
        f[k++] = ing ? 1 : 0;
        f[k++] = !ed && !s && !ing ? 1 : 0;

        int n = i + 1;
        bool that = v.Is(n, "that"), to = v.Is(n, "to"), wh = v.In(n, WhWords) && !that, preposition = v.In(n, NextPrepositions);
        bool determiner = v.In(n, GrammarWords.Determiners) && !that;
        bool pronoun = v.In(n, GrammarWords.SubjectPronouns) || v.In(n, GrammarWords.ObjectPronouns);
        bool andOr = v.Is(n, "and") || v.Is(n, "or");
        f[k++] = that ? 1 : 0;
        f[k++] = to ? 1 : 0;
        f[k++] = v.IsQuoteMark(n) || v.IsPunct(n, ':') ? 1 : 0;
        f[k++] = wh ? 1 : 0;
        f[k++] = preposition ? 1 : 0;
        f[k++] = determiner ? 1 : 0;
        f[k++] = pronoun ? 1 : 0;
        f[k++] = v.IsCapitalised(n) ? 1 : 0;
        f[k++] = v.IsComma(n) ? 1 : 0;
        f[k++] = n >= v.ContentLimit ? 1 : 0;
        f[k++] = andOr ? 1 : 0;
        f[k++] = v.IsNumber(n) ? 1 : 0;
        f[k++] = v.IsWord(n) && !v.IsCapitalised(n) && !(that || to || wh || preposition || determiner || pronoun || andOr) ? 1 : 0;

        int j = SourcePhrases.SkipAdverbsLeft(v, i - 1, 0, allowBe: false);
        f[k++] = v.In(j, GrammarWords.BeForms) ? 1 : 0;
        f[k++] = v.In(j, GrammarWords.Auxiliaries) && !v.In(j, GrammarWords.BeForms) ? 1 : 0;
        f[k++] = v.In(j, GrammarWords.SubjectPronouns) ? 1 : 0;
        f[k++] = v.IsCapitalised(j) && !v.In(j, GrammarWords.SubjectPronouns) && !v.In(j, GrammarWords.Determiners) ? 1 : 0;
        f[k++] = v.InAny(j, SubjectNouns) ? 1 : 0;
        f[k++] = v.In(j, GrammarWords.NounGuards) && !v.Is(j, "to") ? 1 : 0;
        f[k++] = v.Is(j, "to") ? 1 : 0;
        f[k++] = v.In(j, GrammarWords.Prepositions) ? 1 : 0;
        f[k++] = v.IsComma(j) ? 1 : 0;
        f[k++] = v.IsQuoteMark(j) ? 1 : 0;
        f[k++] = v.Is(j, "and") ? 1 : 0;
        f[k++] = v.In(j, Relatives) ? 1 : 0;
        f[k++] = v.IsWord(j) && !v.IsCapitalised(j) && !v.InAny(j, NotLowerWordBefore) && !v.In(j, Relatives) && !v.Is(j, "and") ? 1 : 0;
        f[k++] = j < 0 ? 1 : 0;
        f[k++] = v.IsWord(j) && v.Word(j).EndsWith("'s") ? 1 : 0;
        f[k++] = j < i - 1 ? 1 : 0;

        f[k++] = sentence.Quote ? 1 : 0;
        f[k++] = sentence.VerbForms - (i < verbForms.Length && verbForms[i] ? 1 : 0) > 0 ? 1 : 0;
        f[k++] = i < 3 ? 1 : 0;
        f[k++] = Math.Min(w.Length, 14) / 10f;
        System.Diagnostics.Debug.Assert(k == SimilarityMax && Names[SimilarityMax] == "lexicon_similarity_max");
    }
}
