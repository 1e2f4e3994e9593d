namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Words before a title that say it was held before, not now ("former Vice President Joe Biden", "then-Gov. Mike
/// Pence", "a onetime aide", "the late senator", "Retired Gen. Norman Ham"): a title so marked says nothing of what the
/// person is today. A hyphenated word is one token, so "ex-" and "then-" count as prefixes too ("ex-senator",
/// "then-candidate"). Read both by the public-figure matcher (a past title picks no role) and the mention reader (a past
/// office no longer speaks for the state).
/// </summary>
internal static class PastTitles
{
    public static readonly WordSet Words = new("former", "ex", "then", "onetime", "one-time", "retired", "erstwhile", "late");

    /// <summary>Whether a normalised word marks a title as held before ("former", "ex-senator", "then-gov").</summary>
    public static bool IsPastMarker(ReadOnlySpan<char> word) =>
        Words.Contains(word) || word.StartsWith("ex-") || word.StartsWith("then-");
}
