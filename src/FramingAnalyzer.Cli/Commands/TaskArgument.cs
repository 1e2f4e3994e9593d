using System.CommandLine;
using FramingAnalyzer.Learning;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>The TASK argument of train and evaluate: loaded, function or source_type.</summary>
internal static class TaskArgument
{
    public static Argument<string> Create()
    {
        var argument = new Argument<string>("TASK")
        {
            Description = "Which classifier: loaded (loaded vs neutral sentences; columns text,label), function (attributed / unattributed_claim / background; columns text,label) or source_type (columns source,sentence,label).",
        };
        argument.AcceptOnlyFromAmong([.. ClassifierTask.All.Select(t => t.Name), "source-type"]);
        return argument;
    }

    public static ClassifierTask Resolve(string name) => ClassifierTask.Find(name) ?? throw new UsageException($"Unknown task '{name}'.");
}
