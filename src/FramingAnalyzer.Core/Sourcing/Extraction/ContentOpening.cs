namespace FramingAnalyzer.Sourcing;

/// <summary>What follows a cue, read by <see cref="ContentSpans.OpeningAfter"/>.</summary>
internal enum ContentOpeningKind
{
    /// <summary>Content opens at <see cref="ContentOpening.Start"/>: "said [that] the talks failed", "told reporters: "...".</summary>
    Found,
    /// <summary>Nothing but adjuncts follows ("..., the minister said on Monday."): the content, if any, comes before the source.</summary>
    NothingAfter,
    /// <summary>
    /// What follows is not something said: an agent ("rebuffed by Republicans"), a motion particle ("slammed into"), a
    /// plain object of a verb that needs a clause ("showed the damage"), or the word the verb reports nothing before
    /// ("accused of").
    /// </summary>
    NotContent,
}

/// <summary>Where the content after a cue opens, or why there is none after it.</summary>
internal readonly record struct ContentOpening(ContentOpeningKind Kind, int Start)
{
    public static readonly ContentOpening NothingAfter = new(ContentOpeningKind.NothingAfter, -1);
    public static readonly ContentOpening NotContent = new(ContentOpeningKind.NotContent, -1);

    public static ContentOpening At(int start) => new(ContentOpeningKind.Found, start);

    public bool IsFound => Kind == ContentOpeningKind.Found;
}
