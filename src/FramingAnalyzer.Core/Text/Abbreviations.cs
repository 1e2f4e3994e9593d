namespace FramingAnalyzer.Text;

/// <summary>How a word written with a trailing period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation: the period is punctuation.</summary>
    None,
    /// <summary>A title before a name (Mr., Gen., Dr.) or a joining form (vs., cf.): never ends a sentence.</summary>
    Title,
    /// <summary>An abbreviation that only stands before a number (No. 4, Fig. 2, approx. 30): never ends a sentence.</summary>
    BeforeNumber,
    /// <summary>A month or weekday (Jan., Wed.) or a trailing form (Inc., Ltd., etc., Jr.): ends a sentence only before a typical opener.</summary>
    MayEnd,
}

/// <summary>Words whose trailing period does not necessarily end a sentence (titles, months, common short forms).</summary>
internal static class Abbreviations
{
    // Titles, months and weekdays must be capitalised: "sat.", "sun.", "wed." and "mar." are ordinary words ending a sentence.
    private static readonly Dictionary<string, AbbreviationKind> Capitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mr"] = AbbreviationKind.Title, ["mrs"] = AbbreviationKind.Title, ["ms"] = AbbreviationKind.Title,
        ["messrs"] = AbbreviationKind.Title, ["dr"] = AbbreviationKind.Title, ["prof"] = AbbreviationKind.Title,
        ["gen"] = AbbreviationKind.Title, ["col"] = AbbreviationKind.Title, ["lt"] = AbbreviationKind.Title,
        ["sgt"] = AbbreviationKind.Title, ["capt"] = AbbreviationKind.Title, ["cpt"] = AbbreviationKind.Title,
        ["maj"] = AbbreviationKind.Title, ["adm"] = AbbreviationKind.Title, ["cmdr"] = AbbreviationKind.Title,
        ["gov"] = AbbreviationKind.Title, ["sen"] = AbbreviationKind.Title, ["rep"] = AbbreviationKind.Title,
        ["pres"] = AbbreviationKind.Title, ["rev"] = AbbreviationKind.Title, ["fr"] = AbbreviationKind.Title,
        ["hon"] = AbbreviationKind.Title, ["amb"] = AbbreviationKind.Title, ["supt"] = AbbreviationKind.Title,
        ["insp"] = AbbreviationKind.Title, ["cpl"] = AbbreviationKind.Title, ["pvt"] = AbbreviationKind.Title,
        ["brig"] = AbbreviationKind.Title, ["gov't"] = AbbreviationKind.MayEnd,
        ["st"] = AbbreviationKind.MayEnd, ["mt"] = AbbreviationKind.MayEnd, ["jr"] = AbbreviationKind.MayEnd,
        ["sr"] = AbbreviationKind.MayEnd, ["ave"] = AbbreviationKind.MayEnd, ["blvd"] = AbbreviationKind.MayEnd,
        ["jan"] = AbbreviationKind.MayEnd, ["feb"] = AbbreviationKind.MayEnd, ["mar"] = AbbreviationKind.MayEnd,
        ["apr"] = AbbreviationKind.MayEnd, ["jun"] = AbbreviationKind.MayEnd, ["jul"] = AbbreviationKind.MayEnd,
        ["aug"] = AbbreviationKind.MayEnd, ["sep"] = AbbreviationKind.MayEnd, ["sept"] = AbbreviationKind.MayEnd,
        ["oct"] = AbbreviationKind.MayEnd, ["nov"] = AbbreviationKind.MayEnd, ["dec"] = AbbreviationKind.MayEnd,
        ["mon"] = AbbreviationKind.MayEnd, ["tue"] = AbbreviationKind.MayEnd, ["tues"] = AbbreviationKind.MayEnd,
        ["wed"] = AbbreviationKind.MayEnd, ["thu"] = AbbreviationKind.MayEnd, ["thur"] = AbbreviationKind.MayEnd,
        ["thurs"] = AbbreviationKind.MayEnd, ["fri"] = AbbreviationKind.MayEnd, ["sat"] = AbbreviationKind.MayEnd,
        ["sun"] = AbbreviationKind.MayEnd, ["univ"] = AbbreviationKind.MayEnd, ["assn"] = AbbreviationKind.MayEnd,
        ["bros"] = AbbreviationKind.MayEnd, ["dept"] = AbbreviationKind.MayEnd,
        // "state Del. Ana Ruiz" (a delegate) and "Dover, Del." (the state): ends a sentence only before a typical opener.
        ["del"] = AbbreviationKind.MayEnd,
    };

    // These are abbreviations in any case.
    private static readonly Dictionary<string, AbbreviationKind> AnyCase = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vs"] = AbbreviationKind.Title, ["cf"] = AbbreviationKind.Title,
        ["etc"] = AbbreviationKind.MayEnd, ["inc"] = AbbreviationKind.MayEnd, ["ltd"] = AbbreviationKind.MayEnd,
        ["co"] = AbbreviationKind.MayEnd, ["corp"] = AbbreviationKind.MayEnd, ["al"] = AbbreviationKind.MayEnd,
        ["ft"] = AbbreviationKind.MayEnd,
    };

    // Only before a number: "No. 4", "Fig. 2", "approx. 30", "ca. 1900"; otherwise "no." ends a sentence.
    private static readonly HashSet<string> NumberPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "fig", "figs", "vol", "vols", "pp", "op", "ca", "approx", "est", "art", "ch", "para",
    };

    /// <summary>Common sentence openers: after an initialism such as "U.S." they signal that the period did end the sentence.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "As", "By", "For", "From", "To", "With", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Their",
        "Its", "Our", "My", "After", "Before", "When", "While", "Where", "Why", "How", "What", "Who", "If", "Although",
        "Officials", "However", "Meanwhile", "Some", "Many", "Most", "Several", "Both", "All", "No", "Now", "Then",
        "Still", "Later", "Earlier", "According", "Police", "Residents", "Witnesses",
    };

    /// <summary>Reporting verbs that attribute a quotation right after it ("Why?" Fonn asked).</summary>
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "shouted", "cried", "wrote", "writes", "claimed",
        "claims", "insisted", "insists", "admitted", "replied", "explained", "warned", "stressed", "noted", "declared",
        "demanded", "wondered", "recalled", "whispered", "screamed", "yelled", "continued", "alleged",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbLookup =
        ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> CapitalisedLookup =
        Capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> AnyCaseLookup =
        AnyCase.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberPrefixLookup =
        NumberPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The kind of <paramref name="word"/> (without its period) when written with a trailing period;
    /// <paramref name="beforeNumber"/> tells whether a number follows the period.
    /// </summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word, bool beforeNumber)
    {
        if (word.Length == 0 || word.Length > 6) return AbbreviationKind.None;
        if (AnyCaseLookup.TryGetValue(word, out var kind)) return kind;
        if (char.IsUpper(word[0]) && CapitalisedLookup.TryGetValue(word, out kind)) return kind;
        if (beforeNumber && NumberPrefixLookup.Contains(word)) return AbbreviationKind.BeforeNumber;
        return AbbreviationKind.None;
    }

    /// <summary>True for words the tokenizer keeps with their period (abbreviation known in this position).</summary>
    public static bool IsKnown(ReadOnlySpan<char> word, bool beforeNumber = false) => Classify(word, beforeNumber) != AbbreviationKind.None;

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    public static bool IsReportingVerb(ReadOnlySpan<char> word) => ReportingVerbLookup.Contains(word);
}
