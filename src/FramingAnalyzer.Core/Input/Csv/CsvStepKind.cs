namespace FramingAnalyzer.Input;

/// <summary>What <see cref="CsvRecordStream.Next"/> found.</summary>
internal enum CsvStepKind
{
    /// <summary>No more records.</summary>
    End,
    /// <summary>A well-formed record; its fields are read through <see cref="CsvRecordStream.Field"/>.</summary>
    Record,
    /// <summary>A record (or the rest of the file) that cannot be read; <see cref="CsvStep.Reason"/> says why.</summary>
    Problem,
}
