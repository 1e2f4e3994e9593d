namespace FramingAnalyzer.Input;

/// <summary>One step through a CSV file.</summary>
/// <param name="Line">The 1-based line where the record starts.</param>
/// <param name="Reason">For problems, a reason code (broken_quote, bad_data, field_count, field_too_large, parse_error).</param>
/// <param name="Detail">For problems, a sentence describing it; for records, a warning or null.</param>
internal readonly record struct CsvStep(CsvStepKind Kind, long Line, string? Reason = null, string? Detail = null)
{
    public static CsvStep End => new(CsvStepKind.End, 0);

    public static CsvStep Problem(long line, string reason, string detail) => new(CsvStepKind.Problem, line, reason, detail);
}
