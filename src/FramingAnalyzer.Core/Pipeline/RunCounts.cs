namespace FramingAnalyzer.Pipeline;

/// <summary>
/// What happened to the input: every record read is either analysed or skipped (Read = Analysed + Skipped).
/// Duplicates are skipped records whose id was already analysed; Warnings are problems that did not stop an article.
/// </summary>
public sealed class RunCounts
{
    public long Read { get; set; }
    public long Analysed { get; set; }
    public long Skipped { get; set; }
    public long Duplicates { get; set; }
    public List<string> Warnings { get; } = [];
    public long WarningCount { get; set; }
    public const int MaxWarningsKept = 1000;

    public void Warn(string warning)
    {
        WarningCount++;
        if (Warnings.Count < MaxWarningsKept) Warnings.Add(warning);
    }
}
