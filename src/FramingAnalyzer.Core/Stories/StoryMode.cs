namespace FramingAnalyzer.Stories;

/// <summary>Where an analyze run takes each article's story (the event it covers) from.</summary>
public enum StoryMode
{
    /// <summary>The story key the input gives (a <c>story</c> field, column or front-matter line); none when it gives none.</summary>
    Given,

    /// <summary>Automatic story matching over the whole input (<see cref="StoryMatcher"/>); replaces any given key.</summary>
    Auto,
}
