using FramingAnalyzer.Lexicons;
using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Output;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing aggregate [SCORES...] --out DIR</c>: score lines into the tables, charts and report.</summary>
internal static class AggregateCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("SCORES") { Description = "Score-line files written by 'framing score' (default: stdin).", Arity = ArgumentArity.ZeroOrMore };
        CommonOptions.RejectOptionLikeValues(inputs);
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", Required = true };
        var seed = CommonOptions.Seed();
        var noCharts = CommonOptions.NoCharts();
        var resources = new AnalyzerOptionSet();
        var command = new Command("aggregate",
            "Turn score lines from 'framing score' into articles.csv, the per-outlet tables, charts and report (sentences.csv and " +
            "attributions.csv stay empty: score lines carry per-article scores only). Use the same lexicon and model options as the score step.\n\n" +
            "Example:\n  framing aggregate scores-*.jsonl --out reports/archive")
        {
            inputs, output, seed, noCharts,
        };
        resources.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var files = parse.GetValue(inputs) ?? [];
                foreach (var file in files) if (file != "-" && !File.Exists(file)) throw new UsageException($"Score file '{file}' does not exist.");
                var options = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["seed"] = parse.GetValue(seed).ToString(CultureInfo.InvariantCulture),
                    ["charts"] = parse.GetValue(noCharts) ? "false" : "true",
                };
                var sources = files.Length > 0 ? files : ["-"];
                var counts = StreamingRuns.Aggregate(Lines(sources), parse.GetValue(output)!, sources.Where(f => f != "-").ToArray(),
                    StandardAnalyzers.Create(resources.Read(parse)), new RunDescription("aggregate", sources, options), parse.GetValue(seed), !parse.GetValue(noCharts));
                error.WriteLine($"Aggregated {counts.Analysed} of {counts.Read} score lines ({counts.Skipped} skipped) into {parse.GetValue(output)}");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is UsageException or OutputFolderException or Learning.ModelLoadException or Lexicons.LexiconException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static IEnumerable<(string Line, string Where)> Lines(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            using var reader = source == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(source);
            int number = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                number++;
                yield return (line, $"{(source == "-" ? "stdin" : source)}:{number}");
            }
        }
    }
}
