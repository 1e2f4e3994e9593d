namespace FramingAnalyzer.Model;

/// <summary>An input that was not analysed, and why. Written to skipped.csv; never stops a batch.</summary>
/// <param name="Origin">The file, with line/record position when known (e.g. <c>data.jsonl:17</c>).</param>
/// <param name="Reason">A short machine-friendly reason code (empty, binary, parse_error, no_outlet, no_text, duplicate_id, ...).</param>
/// <param name="Detail">A sentence a person can act on.</param>
public sealed record InputProblem(string Origin, string Reason, string Detail);
