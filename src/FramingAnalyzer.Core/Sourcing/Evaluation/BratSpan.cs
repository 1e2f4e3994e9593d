namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>A text-bound annotation of a brat standoff file: its label and character range [Start, End) in the text file.</summary>
public readonly record struct BratSpan(string Label, int Start, int End);
