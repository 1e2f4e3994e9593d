namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// A gold attribution whose cue no predicted cue overlaps: the article, the sentence holding the cue (as the text
/// model split it), the gold cue and the gold source (empty when the annotation has none), as they read in the file.
/// </summary>
public sealed record MissedAttribution(string Article, string Sentence, string Cue, string Source);
