namespace FramingAnalyzer.Sourcing;

/// <summary>An attribution relation inside one sentence, as token positions; what the sub-extractors produce.</summary>
internal sealed record Relation
{
    public required PhraseRange Source { get; init; }
    public required int CueStart { get; init; }
    public required int CueEnd { get; init; }
    public required int ContentStart { get; init; }
    public required int ContentEnd { get; init; }
    public int QualifierStart { get; init; }
    public int QualifierEnd { get; init; }
    public required string Lemma { get; init; }
    public required string Stance { get; init; }
    public required string QuoteKind { get; init; }
    public required string Rule { get; init; }
    /// <summary>Content outside the sentence (a quotation that the splitter left in the previous sentence), as a document span.</summary>
    public Model.TextSpan? ContentOutside { get; init; }
    /// <summary>False for a verb of thought or intention that inside another relation's content is part of what was reported (<see cref="VerbBehaviour.Nests"/>).</summary>
    public bool Nests { get; init; } = true;

    public bool ContentContains(int position) => position >= ContentStart && position < ContentEnd;
}
