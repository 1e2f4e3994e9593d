namespace FramingAnalyzer.Learning;

/// <summary>
/// What a text classifier reads: the text to classify and optional context (for source types: the source phrase as
/// <see cref="Text"/> and its sentence as <see cref="Context"/>). <see cref="Extra"/> carries the model's extra
/// features when the caller has already computed them (e.g. from the article's own text model); otherwise the model
/// computes them from the text.
/// </summary>
public readonly record struct ClassifierInput(string Text, string Context = "", float[]? Extra = null);
