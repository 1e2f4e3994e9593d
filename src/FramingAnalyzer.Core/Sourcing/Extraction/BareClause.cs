namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A complement clause without "that" after a verb that otherwise needs a marked clause: "announced it would close",
/// "noted they were appointed", "found the bridge was unsafe", "showed Vell was ahead". It opens with a subject pronoun
/// that cannot be an object (he, she, we, they, I), or with "it"/"there" or a short noun phrase right before a finite
/// auxiliary, modal or form of "be". A plain object ("announced the arrest on Friday", "found the wreck") is not a
/// clause.
/// </summary>
internal static class BareClause
{
    private static readonly WordSet NominativeOnly = new("he", "she", "we", "they", "i");

    /// <summary>Finite auxiliaries, modals and forms of "be" that can follow a clause's subject.</summary>
    private static readonly WordSet FiniteVerbs = new("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "should", "must", "did", "does", "didn't", "doesn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't",
        "isn't", "wasn't", "aren't", "weren't", "couldn't");

    /// <summary>The longest noun phrase, in tokens, before the finite verb.</summary>
    private const int MaxSubject = 4;

    /// <summary>The longest name, in tokens, that opens a small clause.</summary>
    private const int MaxSmallClauseName = 3;

    private static readonly WordSet SmallClauseObjects = new("him", "her", "them");

    private static readonly WordSet SmallClausePredicates = new("ahead", "behind");

    /// <summary>
    /// "polls show Clinton leading Trump", "the video shows him raising his hands", "showed her ahead by 3 points": a name
    /// or an object pronoun, then an -ing form or "ahead"/"behind", is a proposition, not a plain object.
    /// </summary>
    private static bool IsSmallClause(SentenceView v, int k)
    {
        int i = k;
        if (v.In(i, SmallClauseObjects)) i++;
        else
        {
            while (i < v.ContentLimit && i - k < MaxSmallClauseName && v.IsCapitalised(i) && !v.InQuote(i)) i++;
            if (i == k) return false;
        }
        if (!v.IsWord(i) || v.IsCapitalised(i) || v.InQuote(i)) return false;
        var word = v.Word(i);
        return v.In(i, SmallClausePredicates) || (word.Length > 5 && word.EndsWith("ing") && !v.In(i, GrammarWords.Prepositions));
    }

    /// <summary>True when the content at <paramref name="k"/>, after <paramref name="cue"/>, is a clause without "that".</summary>
    public static bool Opens(SentenceExtraction state, CueCandidate cue, int k)
    {
        var v = state.View;
        if (!cue.Behaviour.BareClause || v.InQuote(k)) return false;
        if (v.In(k, NominativeOnly)) return v.IsWord(k + 1);
        if (IsSmallClause(v, k)) return true;
        if (v.Is(k, "it") || v.Is(k, "there")) return v.In(k + 1, FiniteVerbs);
        int i = k;
        if (v.In(i, GrammarWords.Determiners)) i++;
        int words = 0;
        while (i < v.ContentLimit && words < MaxSubject && v.IsWord(i) && !v.In(i, FiniteVerbs) && !state.IsCue(i) && !v.InQuote(i)
            && !v.In(i, GrammarWords.Prepositions) && !v.In(i, GrammarWords.Subordinators) && !v.In(i, GrammarWords.Determiners)
            && !v.In(i, GrammarWords.SubjectPronouns) && !v.In(i, GrammarWords.ObjectPronouns) && !v.Is(i, "to") && !v.Is(i, "of") && !v.Is(i, "and"))
        {
            i++;
            words++;
        }
        return words > 0 && v.In(i, FiniteVerbs);
    }
}
