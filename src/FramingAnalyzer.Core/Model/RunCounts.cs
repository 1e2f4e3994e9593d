
namespace FramingAnalyzer.Model;

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

    /// <summary>How many records were skipped for each reason (only for skips counted with <see cref="Skip"/>, i.e. not after a merge).</summary>
    public SortedDictionary<string, long> SkipReasons { get; } = new(StringComparer.Ordinal);

    /// <summary>The first skipped records, in input order (at most <see cref="FirstSkipsKept"/>).</summary>
    public List<InputProblem> FirstSkips { get; } = [];
    public const int FirstSkipsKept = 5;

    /// <summary>Articles whose outlet the reader guessed: by how it was found, then by outlet name.</summary>
    public SortedDictionary<string, SortedDictionary<string, long>> OutletGuesses { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts an article whose outlet was guessed (<see cref="Article.OutletGuessedFrom"/>).</summary>
    public void GuessedOutlet(string how, string outlet)
    {
        if (!OutletGuesses.TryGetValue(how, out var outlets)) OutletGuesses[how] = outlets = new(StringComparer.Ordinal);
        outlets[outlet] = outlets.GetValueOrDefault(outlet) + 1;
    }

    /// <summary>
    /// One warning for all guessed outlets: how many articles, how their outlets were found (with a few of the names),
    /// and how to set outlets instead. Null when no outlet was guessed.
    /// </summary>
    public string? OutletGuessNote()
    {
        if (OutletGuesses.Count == 0) return null;
        long total = OutletGuesses.Values.Sum(outlets => outlets.Values.Sum());
        var ways = OutletGuesses
            .OrderByDescending(way => way.Value.Values.Sum()).ThenBy(way => way.Key, StringComparer.Ordinal)
            .Select(way =>
            {
                var names = way.Value.Keys.Take(3).Select(name => $"'{name}'");
                var more = way.Value.Count > 3 ? FormattableString.Invariant($" and {way.Value.Count - 3} more") : "";
                return FormattableString.Invariant($"{way.Value.Values.Sum()} from {way.Key} ({string.Join(", ", names)}{more})");
            });
        return FormattableString.Invariant($"{total} article(s) had no outlet folder and no 'outlet:' front matter, so their outlets were guessed: ")
            + string.Join("; ", ways)
            + ". To set outlets, put each file in a folder named after its outlet (FOLDER/OUTLET/article.txt) or start it with front matter (---, outlet: NAME, ---).";
    }

    public void Warn(string warning)
    {
        WarningCount++;
        if (Warnings.Count < MaxWarningsKept) Warnings.Add(warning);
    }

    /// <summary>Counts one skipped record under its reason.</summary>
    public void Skip(InputProblem problem)
    {
        Skipped++;
        SkipReasons[problem.Reason] = SkipReasons.GetValueOrDefault(problem.Reason) + 1;
        if (FirstSkips.Count < FirstSkipsKept) FirstSkips.Add(problem);
    }

    /// <summary>The most frequent skip reasons, most frequent first (ties by name), with their counts.</summary>
    public IReadOnlyList<(string Reason, long Count)> CommonSkipReasons(int top) =>
        [.. SkipReasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(top).Select(r => (r.Key, r.Value))];
}
