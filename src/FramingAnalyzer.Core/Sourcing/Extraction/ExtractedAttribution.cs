using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// One attribution relation as the extractor finds it, before the source is resolved and classified. All spans are
/// character offsets into <see cref="Document.Text"/>.
/// </summary>
public sealed record ExtractedAttribution
{
    public required int SentenceIndex { get; init; }
    /// <summary>The whole source phrase, with its apposition or relative clause ("Colonel Ilan Dobrev, the army spokesman").</summary>
    public required TextSpan Source { get; init; }
    /// <summary>The source phrase without apposition ("Colonel Ilan Dobrev").</summary>
    public required TextSpan SourceHead { get; init; }
    public required TextSpan Cue { get; init; }
    public required TextSpan Content { get; init; }
    /// <summary>Text around the cue that is neither source nor content ("in a statement", "on condition of anonymity"); may be empty.</summary>
    public TextSpan Qualifier { get; init; }
    public required string CueLemma { get; init; }
    public required string VerbStance { get; init; }
    public required string QuoteKind { get; init; }
    /// <summary>The sub-extractor that found it: quote_led, according_to, passive, verb_led, inverted, participle, nested, continued_quote.</summary>
    public required string Rule { get; init; }
    /// <summary>For a continued quotation: the index (in the extractor's output) of the attribution that opened it; its source and cue are reused.</summary>
    public int? ContinuesFrom { get; init; }
}
