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
}
