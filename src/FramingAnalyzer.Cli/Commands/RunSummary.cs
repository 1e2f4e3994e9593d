using System.Globalization;
using FramingAnalyzer.Model;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>What analyze prints on stderr at the end of a run: the counts, the common skip reasons, or why nothing was analysed.</summary>
internal static class RunSummary
{
    public const int ReasonsNamed = 3;

    /// <summary>
    /// "Analysed 38 of 41 articles into reports/x." and, when records were skipped, how many, the most common reasons
    /// with their counts, and where the full list is.
    /// </summary>
    public static IEnumerable<string> Lines(RunCounts counts, string outDir)
    {
        yield return Invariant($"Analysed {counts.Analysed} of {counts.Read} articles into {outDir}.");
        var outletNote = counts.OutletGuessNote();
        if (outletNote is not null) yield return "Warning: " + outletNote;
        var otherWarnings = counts.Warnings.Where(w => w != outletNote).ToList();
        long otherCount = counts.WarningCount - (outletNote is null ? 0 : 1);
        if (otherCount > 0 && otherWarnings.Count > 0)
        {
            var more = otherCount > 1 ? Invariant($" and {otherCount - 1} more, all in {Path.Combine(outDir, "run.json")}") : "";
            yield return $"Warning: {otherWarnings[0]}{more}.";
        }
        if (counts.Skipped == 0) yield break;
        var reasons = counts.CommonSkipReasons(ReasonsNamed);
        var named = string.Join(", ", reasons.Select(r => Invariant($"{r.Count} {r.Reason}")));
        long others = counts.Skipped - reasons.Sum(r => r.Count);
        var rest = others > 0 ? Invariant($", {others} for other reasons") : "";
        yield return Invariant($"Skipped {counts.Skipped}: {named}{rest}. Each one, with its file and why, is in {Path.Combine(outDir, "skipped.csv")}.");
    }

    /// <summary>The error for a run with nothing to analyse: what each input gave, and that no report was written.</summary>
    public static IEnumerable<string> NothingToAnalyse(NothingToAnalyseException nothing, string outDir)
    {
        var kept = Directory.Exists(outDir) ? $" ({outDir} was left as it was)" : "";
        yield return $"error: nothing to analyse, so no report was written{kept}.";
        foreach (var line in nothing.Explain()) yield return "  " + line;
        yield return "See 'framing analyze --help' for the inputs it reads, and the README's troubleshooting section.";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
