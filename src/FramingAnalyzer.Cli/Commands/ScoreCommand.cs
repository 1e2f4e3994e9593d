using FramingAnalyzer.Lexicons;
using System.CommandLine;
using FramingAnalyzer.Input;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing score</c>: JSON Lines articles on stdin (or INPUTs) to one JSON line of scores per article on stdout.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Inputs as for analyze; default '-' (JSON Lines on stdin).", Arity = ArgumentArity.ZeroOrMore };
        CommonOptions.RejectOptionLikeValues(inputs);
        var map = CommonOptions.Map();
        var stdinFormat = new Option<string>("--stdin-format") { Description = "Format of stdin: jsonl, csv or txt.", DefaultValueFactory = _ => "jsonl" };
        stdinFormat.AcceptOnlyFromAmong("jsonl", "csv", "txt");
        var workers = new Option<int?>("--workers") { Description = "Worker threads (default: one per core)." };
        var resources = new AnalyzerOptionSet();
        var command = new Command("score",
            "Streaming mode: read articles (JSON Lines on stdin by default) and write one JSON line of scores per input record to stdout, " +
            "for engines that pipe records through a command (Hadoop Streaming, Spark RDD.pipe, GNU parallel). Turn the lines into a report with 'framing aggregate'.\n\n" +
            "Examples:\n  cat articles.jsonl | framing score > scores.jsonl\n  parallel --pipe -N 2000 framing score < articles.jsonl > scores.jsonl")
        {
            inputs, map, stdinFormat, workers,
        };
        resources.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var given = parse.GetValue(inputs) ?? [];
                var reader = new ReaderOptions
                {
                    ColumnMap = CommonOptions.ParseMap(parse.GetValue(map)),
                    Stdin = () => Console.In,
                    StdinFormat = parse.GetValue(stdinFormat) ?? "jsonl",
                };
                var counts = StreamingRuns.Score(given.Length > 0 ? given : ["-"], reader, StandardAnalyzers.Create(resources.Read(parse, given)),
                    parse.InvocationConfiguration.Output, seed: 0, workers: parse.GetValue(workers));
                error.WriteLine($"Scored {counts.Analysed} of {counts.Read} records ({counts.Skipped} skipped).");
                if (counts.Analysed > 0) return ExitCodes.Ok;
                // As for analyze: a run that scored nothing is a failed run, whatever the reason, so that pipelines notice.
                error.WriteLine(counts.Read == 0
                    ? "error: nothing to score: the input held no records."
                    : "error: nothing could be scored: every record was skipped (the reasons are in the skip lines on standard output).");
                return ExitCodes.Usage;
            }
            catch (Exception ex) when (ex is UsageException or Learning.ModelLoadException or Lexicons.LexiconException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
