namespace FramingAnalyzer.Sourcing.Evaluation;

/// <summary>
/// A source marked by hand in an article (<c>[[span|type]]</c>): its offsets in the unmarked article text, the text
/// between them, and the type the marker gave it (one of <see cref="SourceTypes.All"/>).
/// </summary>
public sealed record MarkedSource(int Start, int End, string Text, string Type);
