namespace FramingAnalyzer.Input;

/// <summary>What <see cref="JsonRecordStream.Next"/> found.</summary>
internal enum JsonStepKind
{
    End,
    /// <summary>One record's bytes: an element of a top-level array, or a top-level value.</summary>
    Record,
    /// <summary>The JSON is malformed (or too deeply nested) at <see cref="JsonStep.Line"/>; nothing after it is read.</summary>
    Error,
}
