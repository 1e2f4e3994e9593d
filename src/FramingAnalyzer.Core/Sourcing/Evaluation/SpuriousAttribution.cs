namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// A predicted source-cue pair that matches no gold attribution (overlap matching): the article, the sentence holding
/// the cue, the predicted cue and source, and the source annotated for a gold attribution whose cue the predicted cue
/// overlaps ("-" when the annotated attribution has none; null when no annotated cue is there at all), as they read in
/// the file. A null <see cref="GoldSource"/> is an attribution the annotators did not mark; otherwise the source is wrong.
/// </summary>
public sealed record SpuriousAttribution(string Article, string Sentence, string Cue, string Source, string? GoldSource);
