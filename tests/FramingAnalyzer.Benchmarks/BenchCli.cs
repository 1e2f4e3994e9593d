using System.CommandLine;
using BenchmarkDotNet.Running;

namespace FramingAnalyzer.Benchmarks;

/// <summary>
/// <c>generate</c> (synthetic corpus), <c>bdn [BenchmarkDotNet args]</c> (micro-benchmarks of the hot paths),
/// <c>breakdown</c> (where a whole run's time goes, stage by stage, on one thread) and <c>phases</c> (the wall-clock
/// phases of one real parallel run).
/// </summary>
public static class BenchCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Everything after "bdn" belongs to BenchmarkDotNet (--filter, --job, --list, ...), so it is not parsed here.
        if (args.Length > 0 && args[0] == "bdn")
        {
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchCli).Assembly).Run(args[1..], BenchConfig.Create(args[1..]));
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
        var root = new RootCommand("framing-bench: the performance harness of FramingAnalyzer (see docs/performance.md).")
        {
            GenerateCommand.Create(),
            BreakdownCommand.Create(),
            BreakdownCommand.CreatePhases(),
            new Command("bdn", "Run the BenchmarkDotNet micro-benchmarks; all further arguments go to BenchmarkDotNet (e.g. bdn --filter '*Segmentation*', bdn --list flat)."),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"error: {problem.Message}");
            return 2;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
