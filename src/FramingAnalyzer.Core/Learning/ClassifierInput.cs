namespace FramingAnalyzer.Learning;

/// <summary>
/// What a text classifier reads: the text to classify and optional context (for source types: the source phrase as
/// <see cref="Text"/> and its sentence as <see cref="Context"/>).
/// </summary>
public readonly record struct ClassifierInput(string Text, string Context = "");
