namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Words that are also given names or surnames ("Hope Hicks", "Will Hurd", "Mark Warner", "Theresa May"): capitalised
/// right before another capitalised word, or right after a capitalised name word inside a sentence, such a word is part
/// of a name, not a reporting verb or a modal ("Theresa May said" is not "Theresa may say"). A month after a preposition
/// or before a number is a date ("In May Trump said", "On May 3"); sentences set in title case are left alone ("Clinton
/// May Skip Debate").
/// </summary>
internal static class NameWords
{
    private static readonly WordSet Words = new("hope", "will", "may", "mark", "grant", "chase", "rush", "sue", "rob", "pat", "bill", "chuck",
        "grace", "joy", "faith", "earnest", "frank", "rich", "guy", "dawn", "drew");

    /// <summary>Words before a month that make it a date ("In May", "since May", "early May").</summary>
    private static readonly WordSet DateOpeners = new("since", "until", "till", "early", "late", "mid", "through", "last", "next", "this");

    public static bool IsNamePart(SentenceView v, int t)
    {
        if (!v.In(t, Words) || !v.IsCapitalised(t) || v.IsTitleCase || v.InQuote(t)) return false;
        // "In May Trump said ...", "On May 3 Sanders said ...": a month after a preposition or before a number is a date.
        if (v.In(t - 1, GrammarWords.Prepositions) || v.In(t - 1, GrammarWords.Subordinators) || v.In(t - 1, DateOpeners)
            || v.IsNumber(t - 1) || v.IsNumber(t + 1)) return false;
        bool nameFollows = v.IsCapitalised(t + 1) && !v.In(t + 1, Words);
        bool nameBefore = t > 0 && v.IsCapitalised(t - 1) && !v.In(t - 1, Words) && !v.In(t - 1, GrammarWords.Determiners);
        return nameFollows || nameBefore;
    }
}
