using System.CommandLine;
using FramingAnalyzer.Cli.Commands;

namespace FramingAnalyzer.Cli;

/// <summary>Builds the root command and runs it. Parse errors exit with <see cref="ExitCodes.Usage"/>.</summary>
public static class FramingCli
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "framing: compare how news outlets frame the same events — sourcing (who is quoted), attribution (how claims are attributed) " +
            "and loaded wording — and write tidy CSV tables, charts and an HTML report.\n\n" +
            "Example: framing analyze corpora/sample --out reports/sample");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(AggregateCommand.Create());
        root.Subcommands.Add(ChartCommand.Create());
        root.Subcommands.Add(EvaluateAttributionsCommand.Create());
        root.Subcommands.Add(EvaluateSourcesCommand.Create());
        root.Subcommands.Add(DistillCommand.Create());
        root.Subcommands.Add(TrainCuesCommand.Create());
        root.Subcommands.Add(LexiconCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"error: {problem.Message}");
            error.WriteLine("Run 'framing --help' or 'framing <command> --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
