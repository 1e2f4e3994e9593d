namespace FramingAnalyzer.Loaded;

/// <summary>
/// What the loaded-wording analyzer reads in one article, before any metric or cell is set: the lexicon hits outside
/// notes, per sentence the classifier's probability (NaN where the sentence is not scored) and the words that make a
/// loaded sentence loaded, and the words in the outlet's own voice and inside quotations.
/// </summary>
public sealed record LoadedReading(
    IReadOnlyList<Model.TermHit> Hits,
    double[] Probabilities,
    IReadOnlyList<WordContribution>[] Words,
    int OwnWords,
    int QuotedWords);
