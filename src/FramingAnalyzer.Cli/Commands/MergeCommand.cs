using FramingAnalyzer.Lexicons;
using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Output;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing merge PARTIAL... --out DIR</c>: the final output from the partial results of sharded runs.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var partials = new Argument<string[]>("PARTIAL") { Description = "Partial result folders written by 'framing analyze --shard K/N'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder for the merged tables, charts and report.", Required = true };
        var seed = CommonOptions.Seed();
        var noCharts = CommonOptions.NoCharts();
        var period = CommonOptions.TrendPeriod();
        var resources = new AnalyzerOptionSet();
        var command = new Command("merge",
            "Merge the partial results of sharded runs into the final tables, charts and report — identical to one run over all inputs. " +
            "Use the same lexicon and model options as the shards.\n\nExample:\n" +
            "  for k in 0 1 2 3; do framing analyze corpus/ --shard $k/4 --out parts/$k & done; wait\n  framing merge parts/0 parts/1 parts/2 parts/3 --out reports/corpus")
        {
            partials, output, seed, noCharts, period,
        };
        resources.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var dirs = parse.GetValue(partials)!;
                foreach (var dir in dirs) if (!Directory.Exists(dir)) throw new UsageException($"Partial result folder '{dir}' does not exist.");
                var analyzers = StandardAnalyzers.Create(resources.Read(parse));
                var options = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["seed"] = parse.GetValue(seed).ToString(CultureInfo.InvariantCulture),
                    ["charts"] = parse.GetValue(noCharts) ? "false" : "true",
                };
                var counts = MergeRun.Execute(dirs, parse.GetValue(output)!, analyzers, !parse.GetValue(noCharts), new RunDescription("merge", dirs, options),
                    CommonOptions.ParseTrendPeriod(parse.GetValue(period)));
                error.WriteLine($"Merged {dirs.Length} partial results: {counts.Analysed} of {counts.Read} articles analysed ({counts.Skipped} skipped) into {parse.GetValue(output)}");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is UsageException or OutputFolderException or InvalidDataException or Learning.ModelLoadException or Lexicons.LexiconException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
