namespace FramingAnalyzer.Learning;

/// <summary>A model file is missing, is not a model, or is for another task. A usage error (exit code 2).</summary>
public sealed class ModelLoadException(string message, Exception? inner = null) : Exception(message, inner);
