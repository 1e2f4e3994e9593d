namespace FramingAnalyzer.Model;

/// <summary>
/// One attribution relation: who (source), the cue (reporting verb or phrase) and what is attributed (content),
/// with character offsets into <see cref="Document.Text"/>. The source is classified and canonicalised within the article.
/// </summary>
public sealed record Attribution
{
    public required int SentenceIndex { get; init; }
    public required TextSpan Source { get; init; }
    public required TextSpan Cue { get; init; }
    public required TextSpan Content { get; init; }
    public required string SourceText { get; init; }
    public required string SourceCanonical { get; init; }
    public required string SourceType { get; init; }
    public required bool Anonymous { get; init; }
    public required string Affiliation { get; init; }
    public required string CueText { get; init; }
    public required string CueLemma { get; init; }
    public required string VerbStance { get; init; }
    /// <summary>direct, mixed, indirect or according_to.</summary>
    public required string QuoteKind { get; init; }
}
