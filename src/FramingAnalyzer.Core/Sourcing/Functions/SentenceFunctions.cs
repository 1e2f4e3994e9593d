namespace FramingAnalyzer.Sourcing;

/// <summary>The labels of a sentence's function in the article.</summary>
public static class SentenceFunctions
{
    /// <summary>The sentence carries an attribution.</summary>
    public const string Attributed = "attributed";
    /// <summary>A claim in the outlet's own voice: evaluative, causal or contested, or a casualty count, with no source.</summary>
    public const string UnattributedClaim = "unattributed_claim";
    /// <summary>Context and description that is not in dispute.</summary>
    public const string Background = "background";

    /// <summary>
    /// The function model reads the sentence as attributed, but the extractor found no attribution in it (a cue it
    /// could not read, or no cue at all): not counted as attributed, nor as a claim. A sentence is
    /// <see cref="Attributed"/> only with an extracted attribution (attributions.csv has its rows).
    /// </summary>
    public const string AttributedUnresolved = "attributed_unresolved";

    /// <summary>The labels the function model is trained on and may predict.</summary>
    public static IReadOnlyList<string> All { get; } = [Attributed, UnattributedClaim, Background];
}
