using FramingAnalyzer.Tests.Cli;
using FramingAnalyzer.Tests.Input;
using AnalyzeCommandTests = FramingAnalyzer.Tests.Cli.AnalyzeCommandTests;

namespace FramingAnalyzer.Tests.Pipeline;

/// <summary>`framing analyze` over a temporary corpus (no charts), into a fresh folder beside it: what the tests of a corpus's own data files read back.</summary>
internal static class CorpusRun
{
    public static (List<Dictionary<string, string>> Attributions, string RunJson) Analyze(TempCorpus corpus, params string[] options)
    {
        var output = Path.Combine(corpus.Parent, "out-" + Guid.NewGuid().ToString("N"));
        var run = CliRun.Of(["analyze", corpus.Root, "--out", output, "--no-charts", .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return (AnalyzeCommandTests.CsvRows(Path.Combine(output, "attributions.csv")), File.ReadAllText(Path.Combine(output, "run.json")));
    }
}
