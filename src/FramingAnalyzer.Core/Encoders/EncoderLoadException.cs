namespace FramingAnalyzer.Encoders;

/// <summary>A vectors file that is missing, truncated, corrupt or of another format; the message names the file.</summary>
public sealed class EncoderLoadException(string message, Exception? inner = null) : Exception(message, inner);
