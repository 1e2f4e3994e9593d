namespace FramingAnalyzer.Input;

/// <summary>One step through a JSON file.</summary>
/// <param name="Bytes">The record's UTF-8 JSON; valid only until the next call to <see cref="JsonRecordStream.Next"/>.</param>
/// <param name="Number">The 1-based record number in the file.</param>
/// <param name="InArray">True for elements of a top-level array, false for top-level values.</param>
/// <param name="Line">For errors, the 1-based line (0 when unknown); <paramref name="Column"/> is the 1-based byte in that line.</param>
internal readonly record struct JsonStep(JsonStepKind Kind, ReadOnlyMemory<byte> Bytes = default, long Number = 0, bool InArray = false,
    long Line = 0, long Column = 0, string? Error = null);
