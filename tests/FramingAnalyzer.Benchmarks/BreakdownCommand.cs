using System.CommandLine;
using FramingAnalyzer.Benchmarks.Profiling;

namespace FramingAnalyzer.Benchmarks;

/// <summary><c>breakdown CORPUS [--limit N] [--out DIR]</c>: where a whole run's time and allocations go, stage by stage.</summary>
internal static class BreakdownCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("CORPUS") { Description = "Corpus folder (one folder per outlet), e.g. one written by 'generate'." };
        var limit = new Option<int?>("--limit") { Description = "Stop after this many articles." };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Scratch output folder (deleted and rewritten).",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "framing-breakdown"),
        };
        var command = new Command("breakdown",
            "Replay the stages of an analyze run on one thread with a stopwatch per stage (read, segmentation, each analyzer, aggregation, " +
            "tables, statistics, charts and report) and print a Markdown table of seconds, share and allocations.")
        {
            corpus, limit, output,
        };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(StageBreakdown.Run(parse.GetValue(corpus)!, parse.GetValue(output)!, parse.GetValue(limit)));
            return 0;
        });
        return command;
    }

    /// <summary><c>phases CORPUS [--workers N] [--no-charts]</c>: the wall-clock phases of one real run.</summary>
    public static Command CreatePhases()
    {
        var corpus = new Argument<string>("CORPUS") { Description = "Corpus folder (one folder per outlet)." };
        var workers = new Option<int?>("--workers") { Description = "Worker threads (default: one per core, as analyze)." };
        var noCharts = new Option<bool>("--no-charts") { Description = "Skip the charts, as analyze --no-charts." };
        var heap = new Option<int>("--heap")
        {
            Description = "Every N analysed articles, force a full collection and print the live heap, the committed memory and the " +
                "working set (slows the run; for finding what grows with the corpus). 0: off.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder of the run (replaced).",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "framing-phases"),
        };
        var command = new Command("phases",
            "Run one whole analyze in this process and print its wall-clock phases (start-up and loading, the per-article stream, " +
            "statistics/charts/report) with the CPU time of each, to see which phases leave cores idle.")
        {
            corpus, workers, noCharts, heap, output,
        };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(RunPhases.Run(parse.GetValue(corpus)!, parse.GetValue(output)!, parse.GetValue(workers), !parse.GetValue(noCharts), parse.GetValue(heap)));
            return 0;
        });
        return command;
    }
}
