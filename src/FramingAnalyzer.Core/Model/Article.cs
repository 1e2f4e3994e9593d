namespace FramingAnalyzer.Model;

/// <summary>
/// One news article as read from an input, before any analysis.
/// <see cref="Body"/> is the article text without front matter; <see cref="Title"/> is the headline when the input names it.
/// </summary>
public sealed record Article
{
    /// <summary>Stable identifier: given by the input, or derived from the content hash.</summary>
    public required string Id { get; init; }
    public required string Outlet { get; init; }
    public required string Body { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Url { get; init; }
    /// <summary>Optional story/event key that groups coverage of the same event across outlets.</summary>
    public string? Story { get; init; }
    /// <summary>True when <see cref="Story"/> was assigned by automatic story matching rather than given by the input.</summary>
    public bool StoryMatched { get; init; }
    public string? Author { get; init; }
    /// <summary>Where the article came from: a file path, with a line or record number for multi-record files.</summary>
    public required string Origin { get; init; }
    /// <summary>True when the body is a scraped page copy that may carry a section label, byline and page furniture.</summary>
    public bool MayContainPageFurniture { get; init; }
    /// <summary>
    /// Set when the input gave no outlet and the reader guessed it: how (e.g. "an outlet line after the lede", "the
    /// folder's name"). Null when the outlet was given (outlet folder, front matter, a column or field).
    /// </summary>
    public string? OutletGuessedFrom { get; init; }
    /// <summary>Warnings raised while reading (e.g. an encoding fallback); they go to run.json.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
