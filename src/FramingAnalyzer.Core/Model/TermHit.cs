namespace FramingAnalyzer.Model;

/// <summary>A loaded term or a term-family choice found in the text, or a word the loaded classifier named
/// (<see cref="FromClassifier"/>). <see cref="InQuote"/> separates the source's words from the outlet's own voice.</summary>
public sealed record TermHit
{
    public required int SentenceIndex { get; init; }
    public required TextSpan Span { get; init; }
    /// <summary>The lexicon entry's display form (its pattern).</summary>
    public required string Term { get; init; }
    /// <summary>Loaded-term category; empty for a pure family choice.</summary>
    public required string Category { get; init; }
    public required double Weight { get; init; }
    public string Family { get; init; } = "";
    public string Choice { get; init; } = "";
    public required bool InQuote { get; init; }
    public bool IsLoaded => Category.Length > 0;

    /// <summary>The category of a word the loaded classifier named (<c>loaded_words</c>) rather than the lexicon matched.</summary>
    public const string ClassifierCategory = "classifier";

    /// <summary>Whether the loaded classifier named this word (its <see cref="Weight"/> is the fall in log-odds).</summary>
    public bool FromClassifier => Category == ClassifierCategory;
}
