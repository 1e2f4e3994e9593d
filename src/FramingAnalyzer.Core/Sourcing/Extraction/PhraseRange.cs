namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A source phrase as token positions in its sentence: the whole phrase [Start, End) and its head [HeadStart, HeadEnd)
/// (the phrase without apposition). [AdjunctStart, AdjunctEnd) is an adjunct set off by commas next to the source that
/// is not part of it ("Trump, speaking to a veterans group, said"); empty when there is none.
/// </summary>
internal readonly record struct PhraseRange(int Start, int End, int HeadStart, int HeadEnd)
{
    public int AdjunctStart { get; init; }
    public int AdjunctEnd { get; init; }

    /// <summary>
    /// An apposition after the source that is read to type it but is not part of the source span ("according to Jane Roe,
    /// director of the Harbor Policy Center, ..."); empty when there is none.
    /// </summary>
    public int TypingAppositionStart { get; init; }
    public int TypingAppositionEnd { get; init; }

    public static PhraseRange Head(int start, int end) => new(start, end, start, end);
}
