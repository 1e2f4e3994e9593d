using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>
/// The committed report of the sample corpus (reports/sample) is what the README's first command produces: its tables
/// and run.json regenerate byte for byte, and it has the same charts. (Images are compared for byte identity between
/// two runs on one machine in <see cref="AnalyzeCommandTests"/>; font rasterisation may differ between machines.)
/// </summary>
[Collection(WorkingDirectoryCollection.Name)]
public sealed class SampleReportTests
{
    [Fact]
    public void The_committed_sample_report_regenerates_byte_identically()
    {
        var root = ToolData.RepositoryRoot!;
        var committed = Path.Combine(root, "reports", "sample");
        var fresh = Path.Combine(Path.GetTempPath(), "framing-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(root);
            CliRun run;
            try { run = CliRun.Of("analyze", Path.Combine("corpora", "sample"), "--out", fresh); }
            finally { Directory.SetCurrentDirectory(previous); }
            Assert.Equal(0, run.ExitCode);
            foreach (var file in Directory.GetFiles(committed).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith("run.json", StringComparison.Ordinal)))
            {
                var name = Path.GetFileName(file);
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fresh, name))),
                    $"reports/sample/{name} is out of date: regenerate it with 'dotnet run --project src/FramingAnalyzer.Cli -- analyze'.");
            }
            Assert.Equal(
                Directory.GetFiles(Path.Combine(committed, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
                Directory.GetFiles(Path.Combine(fresh, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        }
    }
}

/// <summary>The help's inspect example, run outside a checkout, reads the shipped sample and shows the path as typed.</summary>
[Collection(WorkingDirectoryCollection.Name)]
public sealed class InspectExampleTests
{
    [Fact]
    public void The_helps_inspect_example_works_from_any_folder()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "framing-elsewhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(elsewhere);
            var run = CliRun.Of("inspect", "corpora/sample/Karvania Today/2026-03-03-market-shelling.txt");

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("Karvania Today — Terrorist mortar attack on Tesk market", run.Output, StringComparison.Ordinal);
            Assert.Contains(" · corpora/sample/Karvania Today/2026-03-03-market-shelling.txt · ", run.Output);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}

/// <summary>Tests that change the process's working directory run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "changes the working directory";
}
