namespace FramingAnalyzer.Pipeline;

/// <summary>
/// What happened to the input: every record read is either analysed or skipped (Read = Analysed + Skipped).
/// Duplicates are skipped records whose id was already analysed; Warnings are problems that did not stop an article.
/// </summary>
public sealed class RunCounts
{
    /// <summary>Backing fields of the counts the reading thread increments while the writer thread counts the rest.</summary>
    internal long ReadCounter, DuplicateCounter;

    public long Read { get => Interlocked.Read(ref ReadCounter); set => ReadCounter = value; }
    public long Analysed { get; set; }
    public long Skipped { get; set; }
    public long Duplicates { get => Interlocked.Read(ref DuplicateCounter); set => DuplicateCounter = value; }
    public List<string> Warnings { get; } = [];
    public long WarningCount { get; set; }
    public const int MaxWarningsKept = 1000;

    public void Warn(string warning)
    {
        WarningCount++;
        if (Warnings.Count < MaxWarningsKept) Warnings.Add(warning);
    }
}
