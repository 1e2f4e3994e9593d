using System.Text.Json;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>Small things a new user meets: inspect on a many-article file, the help's example, input paths in reports, .gitignore.</summary>
public sealed class PackagingAndHintsTests : IDisposable
{
    private readonly TempCorpus _corpus = new("hints");

    public void Dispose() => _corpus.Dispose();

    private string ThreeRecords() => _corpus.Write("archive.jsonl", string.Join('\n',
        "{\"id\":\"a1\",\"source\":\"The Courier\",\"title\":\"Bridge reopens\",\"content\":\"The bridge reopened on Monday, officials said.\"}",
        "{\"id\":\"a2\",\"source\":\"The Courier\",\"title\":\"Port strike\",\"content\":\"Dockers stopped work on Tuesday.\"}",
        "{\"id\":\"a3\",\"source\":\"Evening Star\",\"title\":\"Budget vote\",\"content\":\"The council passed the budget.\"}"));

    [Fact]
    public void Inspect_on_json_lines_without_an_id_shows_the_first_and_says_how_many_and_how_to_pick_another()
    {
        var run = CliRun.Of("inspect", ThreeRecords());

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("The Courier — Bridge reopens", run.Output, StringComparison.Ordinal);
        Assert.Contains("holds 3 articles; this is the first (id a1). Show another with --id ID; the first ids are a1, a2, a3", run.Error);
    }

    [Fact]
    public void Inspect_with_an_id_shows_that_article_without_the_hint_and_an_unknown_id_lists_the_first_ids()
    {
        var path = ThreeRecords();

        var found = CliRun.Of("inspect", path, "--id", "a3");
        Assert.Equal(0, found.ExitCode);
        Assert.StartsWith("Evening Star — Budget vote", found.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("holds", found.Error);

        var missing = CliRun.Of("inspect", path, "--id", "zz");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("No article with id 'zz'", missing.Error);
        Assert.Contains("(its first ids: a1, a2, a3)", missing.Error);
    }

    [Fact]
    public void Inspect_on_a_single_article_file_gives_no_count_hint()
    {
        var run = CliRun.Of("inspect", _corpus.Write("The Courier/one.txt", "Bridge reopens\n\nThe bridge reopened on Monday, officials said."));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("holds", run.Error);
        Assert.DoesNotContain("--id", run.Error);
    }

    [Fact]
    public void Inspect_of_an_unusable_csv_says_why()
    {
        var run = CliRun.Of("inspect", _corpus.Write("no-header.csv", "The Courier,Bridge reopens,The bridge reopened.\n"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The header has no text column", run.Error);
        Assert.DoesNotContain("--outlet", run.Error);
    }

    [Theory]
    [InlineData("corpora/sample/Karvania Today/2026-03-03-market-shelling.txt", true)]
    [InlineData("corpora/sample/No Such Outlet/x.txt", false)]
    [InlineData("elsewhere/x.txt", false)]
    public void The_helps_sample_path_is_read_from_the_tools_data_folder_when_it_is_not_here(string path, bool shipped)
    {
        var resolved = FramingAnalyzer.Cli.Commands.InspectCommand.ShippedSample(path);

        if (shipped)
        {
            Assert.StartsWith(ToolData.SampleCorpus, resolved, StringComparison.Ordinal);
            Assert.True(File.Exists(resolved));
        }
        else
        {
            Assert.Equal(path, resolved);
        }
    }

    [Fact]
    public void Inputs_inside_an_installed_tools_data_folder_are_shown_as_data_paths_not_the_store_path()
    {
        var store = Path.Combine(_corpus.Parent, ".store", "framinganalyzer", "1.0.0", "tools", "net10.0", "any", "data");

        Assert.Equal("data/sample", ToolData.DisplayInput(Path.Combine(store, "sample"), repositoryRoot: null, store));
        Assert.Equal("data/sample/Meridian Wire/x.txt", ToolData.DisplayInput(Path.Combine(store, "sample", "Meridian Wire", "x.txt"), null, store));
        Assert.Equal("my-corpus", ToolData.DisplayInput("my-corpus", null, store));
        Assert.Equal("-", ToolData.DisplayInput("-", null, store));
        Assert.Equal(Path.Combine(store, "sample"), ToolData.DisplayInput(Path.Combine(store, "sample"), repositoryRoot: _corpus.Parent, store)); // a checkout: as given
    }

    [Fact]
    public void Run_json_records_the_inputs_as_given()
    {
        var output = Path.Combine(_corpus.Parent, "out");
        Assert.Equal(0, CliRun.Of("analyze", ThreeRecords(), "--out", output, "--no-charts").ExitCode);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.Equal(Path.Combine(_corpus.Root, "archive.jsonl"), Assert.Single(manifest.RootElement.GetProperty("inputs").EnumerateArray()).GetString());
    }

    [Fact]
    public void The_readmes_pack_folder_is_ignored_by_git()
    {
        var ignored = File.ReadAllLines(Path.Combine(ToolData.RepositoryRoot!, ".gitignore"));

        Assert.Contains("nupkg/", ignored);
        Assert.Contains("-o nupkg", File.ReadAllText(Path.Combine(ToolData.RepositoryRoot!, "README.md")));
    }

    /// <summary>
    /// What the package leaves out (README: why the package is large): the tool's dependency file, written at build time
    /// and packed with it, lists no native library for a platform .NET does not run on or that the tool never loads,
    /// and still lists the chart and encoder libraries for the common ones.
    /// </summary>
    [Fact]
    public void The_tool_leaves_out_native_libraries_it_never_loads()
    {
        var dependencies = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "framing.deps.json"));

        foreach (var left in new[] { "runtimes/linux-x86/", "loongarch64", "riscv64", "runtimes/ios/", "runtimes/android/", "onnxruntime.lib" })
        {
            Assert.DoesNotContain(left, dependencies, StringComparison.Ordinal);
        }
        foreach (var kept in new[] { "runtimes/linux-x64/native/libSkiaSharp.so", "runtimes/win-x64/native/libSkiaSharp.dll", "runtimes/osx-arm64/native/libonnxruntime.dylib", "runtimes/linux-musl-x64/native/libSkiaSharp.so" })
        {
            Assert.Contains(kept, dependencies, StringComparison.Ordinal);
        }
    }
}
