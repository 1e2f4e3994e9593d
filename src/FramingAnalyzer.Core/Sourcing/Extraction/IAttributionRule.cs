namespace FramingAnalyzer.Sourcing;

/// <summary>
/// One sub-extractor: reads a sentence's unused cues and adds the relations of the construction it knows. The extractor
/// runs them in a fixed order; a cue used by an earlier rule is not seen by later ones.
/// </summary>
internal interface IAttributionRule
{
    string Name { get; }
    void Apply(SentenceExtraction state);
}
