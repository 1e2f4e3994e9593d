namespace FramingAnalyzer.Text;

/// <summary>Words whose trailing period does not end a sentence (titles, months, common short forms).</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "gov", "sen", "rep",
        "pres", "rev", "fr", "st", "sr", "jr", "hon", "amb", "supt", "insp", "cpl", "pvt", "brig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "mt", "ft", "al", "ave", "blvd",
        "univ", "assn", "bros", "gov't", "op", "cf", "ca", "pp", "vol",
    };

    /// <summary>Common sentence openers: after an initialism such as "U.S." they signal that the period did end the sentence.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "These",
        "Those", "There", "His", "Her", "Their", "Its", "Our", "After", "Before", "When", "While", "Officials", "However",
        "Meanwhile", "Some", "Many", "Most", "According",
    };

    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }

    public static bool IsSentenceStarter(ReadOnlySpan<char> word)
    {
        var lookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
