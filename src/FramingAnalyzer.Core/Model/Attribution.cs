namespace FramingAnalyzer.Model;

/// <summary>
/// One attribution relation, from extraction to the tables: who (source), the cue (reporting verb or phrase) and what
/// is attributed (content), with character offsets into <see cref="Document.Text"/>. Extraction fills the spans and the
/// cue's reading; resolution and classification then enrich the same record with the source's canonical name, type,
/// anonymity and affiliation (empty until they run).
/// </summary>
public sealed record Attribution
{
    // Found by extraction.
    public required int SentenceIndex { get; init; }
    /// <summary>The whole source phrase, with its apposition or relative clause ("Colonel Ilan Dobrev, the army spokesman").</summary>
    public required TextSpan Source { get; init; }
    /// <summary>The source phrase without apposition ("Colonel Ilan Dobrev").</summary>
    public required TextSpan SourceHead { get; init; }
    public required TextSpan Cue { get; init; }
    public required TextSpan Content { get; init; }
    /// <summary>Text around the cue that is neither source nor content ("in a statement", "on condition of anonymity"); may be empty.</summary>
    public TextSpan Qualifier { get; init; }
    /// <summary>An apposition after the source that is not part of its span but describes it ("according to Jane Roe, director of the Harbor Policy Center, ..."): read to type the source; may be empty.</summary>
    public TextSpan SourceApposition { get; init; }
    public required string CueLemma { get; init; }
    public required string VerbStance { get; init; }
    /// <summary>direct, mixed, indirect or according_to.</summary>
    public required string QuoteKind { get; init; }
    /// <summary>The rule that found it: quote_led, according_to, passive, verb_led, inverted, participle, gerund, named_participle, noun_cue, nested, continued_quote.</summary>
    public required string Rule { get; init; }
    /// <summary>For a continued quotation: the index (in the extractor's output) of the attribution that opened it; its source and cue are reused.</summary>
    public int? ContinuesFrom { get; init; }

    // Set by source resolution and classification.
    public string SourceCanonical { get; init; } = "";
    public string SourceType { get; init; } = "";
    public bool Anonymous { get; init; }
    public string Affiliation { get; init; } = "";
    /// <summary>Which evidence settled the type (the values of Sourcing's <c>TypeEvidence</c>: actor, role, apposition, ...).</summary>
    public string TypeEvidence { get; init; } = "";
    /// <summary>Which evidence settled the affiliation (actor, seat_of_government, party_tag, party, nationality, none).</summary>
    public string AffiliationEvidence { get; init; } = "";
}
