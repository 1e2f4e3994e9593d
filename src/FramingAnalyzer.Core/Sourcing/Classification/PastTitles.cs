namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Words before a title that say it is not held now. Two kinds: the title was left ("former Vice President Joe Biden",
/// "a onetime aide", "Retired Gen. Norman Ham", "ex-senator"), so the person speaks today in another capacity; or the
/// title is dated to a time the text looks back on ("then-Gov. Mike Pence said in 2010", "the late senator"), so the
/// person spoke in that office then. A hyphenated word is one token, so "ex-" and "then-" count as prefixes too. The
/// public-figure matcher reads both (a title not held now picks no role); the mention reader only the first (a left
/// office no longer speaks for the state, one held at the time of the words still does).
/// </summary>
internal static class PastTitles
{
    public static readonly WordSet Left = new("former", "ex", "onetime", "one-time", "retired", "erstwhile");
    public static readonly WordSet AtTheTime = new("then", "late");

    /// <summary>Whether a normalised word marks a title as left ("former", "ex-senator").</summary>
    public static bool IsLeft(ReadOnlySpan<char> word) => Left.Contains(word) || word.StartsWith("ex-");

    /// <summary>Whether a normalised word marks a title as not held now: left, or dated ("then-gov", "late").</summary>
    public static bool IsNotHeldNow(ReadOnlySpan<char> word) =>
        IsLeft(word) || AtTheTime.Contains(word) || word.StartsWith("then-");
}
