using System.Diagnostics;
using System.Globalization;
using System.Text;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Benchmarks.Profiling;

/// <summary>
/// The wall-clock phases of one real, parallel <see cref="AnalysisRun"/> in this process (what <c>framing analyze</c>
/// runs): process start to analyzers loaded, the streamed per-article part (read, analyse, aggregate, write tables,
/// from the first to the last progress report) and the part after it (statistics, outlet tables, charts, report),
/// with the process's CPU time in each, which shows how well each phase uses the cores.
/// </summary>
public static class RunPhases
{
    public static string Run(string corpus, string outputDirectory, int? workers, bool charts, int heapEvery = 0)
    {
        using var self = Process.GetCurrentProcess();
        var startedAt = self.StartTime.ToUniversalTime();
        var marks = new List<(string Phase, DateTime At, TimeSpan Cpu)>();
        void Mark(string phase)
        {
            self.Refresh();
            marks.Add((phase, DateTime.UtcNow, self.TotalProcessorTime));
        }
        var heap = new StringBuilder();
        long nextProbe = heapEvery;
        void Probe(string when)
        {
            long live = GC.GetTotalMemory(forceFullCollection: true);
            var info = GC.GetGCMemoryInfo();
            self.Refresh();
            heap.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {when} | {live / 1e6:F1} | {info.TotalCommittedBytes / 1e6:F1} | {self.WorkingSet64 / 1e6:F0} | {self.PeakWorkingSet64 / 1e6:F0} |"));
        }

        Mark("process start → analyzers loaded (runtime, lexicons, models)");
        var analyzers = StandardAnalyzers.Create(new AnalyzerOptions());
        Mark("process start → analyzers loaded (runtime, lexicons, models)");
        DateTime? first = null;
        var settings = new AnalyzeSettings { Inputs = [corpus], OutputDirectory = outputDirectory, Workers = workers, Charts = charts };
        long articles = 0;
        var counts = AnalysisRun.Execute(settings, analyzers, c =>
        {
            if (first is null) { first = DateTime.UtcNow; Mark("until the first batch is written"); }
            articles = c.Analysed;
            if (heapEvery > 0 && c.Analysed >= nextProbe)
            {
                Probe(c.Analysed.ToString("N0", CultureInfo.InvariantCulture) + " articles");
                nextProbe += heapEvery;
            }
            Mark("per-article stream (read, analyse, aggregate, write)");
        });
        Mark("statistics, outlet tables, charts, report");
        if (heapEvery > 0) Probe("after the run");

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(string.Create(inv, $"Phases of one analyze run of {corpus}: {counts.Analysed:N0} articles, workers {workers?.ToString(inv) ?? "default"} on {Environment.ProcessorCount} cores, charts {(charts ? "on" : "off")}"));
        text.AppendLine();
        text.AppendLine("| phase | wall s | CPU s | cores busy |");
        text.AppendLine("|---|---:|---:|---:|");
        // Collapse consecutive marks of the same phase: each phase runs from the previous phase's last mark to its own last mark.
        var phases = new List<(string Phase, DateTime End, TimeSpan Cpu)>();
        foreach (var mark in marks)
        {
            if (phases.Count > 0 && phases[^1].Phase == mark.Phase) phases[^1] = mark;
            else phases.Add(mark);
        }
        var previous = (At: startedAt, Cpu: TimeSpan.Zero);
        foreach (var (phase, end, cpu) in phases)
        {
            double wall = (end - previous.At).TotalSeconds, busy = (cpu - previous.Cpu).TotalSeconds;
            text.AppendLine(string.Create(inv, $"| {phase} | {wall:F2} | {busy:F2} | {busy / Math.Max(wall, 1e-9):F2} |"));
            previous = (end, cpu);
        }
        double total = (previous.At - startedAt).TotalSeconds;
        text.AppendLine(string.Create(inv, $"| **total** | **{total:F2}** | **{previous.Cpu.TotalSeconds:F2}** | {previous.Cpu.TotalSeconds / total:F2} |"));
        text.AppendLine();
        text.AppendLine(string.Create(inv, $"{counts.Analysed / total:F0} articles/s overall; peak working set {self.PeakWorkingSet64 / 1e6:F0} MB."));
        if (heapEvery > 0)
        {
            text.AppendLine();
            text.AppendLine("| live heap probe (full GC) | live MB | GC committed MB | working set MB | peak working set MB |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            text.Append(heap);
        }
        return text.ToString();
    }
}
