namespace FramingAnalyzer.Learning;

/// <summary>Labelled data that cannot be used (missing column, unknown label, empty text, a single class): exit code 2.</summary>
public sealed class TrainingDataException(string message) : Exception(message);
