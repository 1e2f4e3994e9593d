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

    public static IReadOnlyList<string> All { get; } = [Attributed, UnattributedClaim, Background];
}
