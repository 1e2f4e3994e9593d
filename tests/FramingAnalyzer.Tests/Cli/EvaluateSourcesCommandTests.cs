using FramingAnalyzer.Cli;

namespace FramingAnalyzer.Tests.Cli;

/// <summary><c>framing evaluate-sources</c>: figures printed, rows written, and exit codes 0, 1 (type accuracy under --min-accuracy) and 2 (bad input).</summary>
public class EvaluateSourcesCommandTests
{
    // Three marks: one the tool types right, one marked with a type the tool does not give (the economist as official), one it does not find.
    private const string Marked = """
        # A fixture for the command's tests.
        === t-1 | 2018-05-02 | Test Wire
        Senate passes the harbour bill

        [[Sen. Mara Quist|political]] said the bill would pass on Tuesday. [[Dr. Ian Holt, an economist at Lakeview University|official]], said the costs were small.

        [[The harbour board|official]] met on Monday.
        """;

    private static string Folder(params (string Name, string Content)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "framing-evaluate-sources", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in files) File.WriteAllText(Path.Combine(folder, name), content);
        return folder;
    }

    [Fact]
    public void A_folder_is_scored_with_its_figures_per_file_and_pooled()
    {
        var folder = Folder(("marked.txt", Marked));
        var run = CliRun.Of("evaluate-sources", "--data", folder);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Evaluated source typing on 1 articles in 1 file:", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"all\s+3\s+2\s+0\.667\s+1\s+0\.500\s+0\.000", run.Output);
        Assert.Matches(@"official -> expert\s+1", run.Output);
    }

    [Fact]
    public void Errors_lists_the_wrong_and_missing_sources_and_out_writes_a_row_per_mark()
    {
        var folder = Folder(("marked.txt", Marked));
        var csv = Path.Combine(folder, "rows.csv");
        var run = CliRun.Of("evaluate-sources", "--data", Path.Combine(folder, "marked.txt"), "--errors", "5", "--out", csv);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("errors: first 2 of 2 marked sources found with another type or not found", run.Output, StringComparison.Ordinal);
        Assert.Contains("t-1\tmarked official\tpredicted expert", run.Output, StringComparison.Ordinal);
        Assert.Contains("t-1\tmarked official\tmissing\tmarked: The harbour board", run.Output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(csv);
        Assert.Equal("file,article,start,end,marked_span,gold,found_span,predicted,evidence,correct", rows[0]);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith($"{Path.Combine(folder, "marked.txt")},t-1,32,47,Sen. Mara Quist,political,Sen. Mara Quist,political,", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",true", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",The harbour board,official,,,,false", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Help_offers_the_options_that_change_sources_and_not_the_loaded_term_lexicon()
    {
        var run = CliRun.Of("evaluate-sources", "--help");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--add-actors", run.Output, StringComparison.Ordinal);
        Assert.Contains("--add-figures", run.Output, StringComparison.Ordinal);
        Assert.Contains("--models", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--lexicon", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--add-lexicon", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--families", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_actor_file_given_with_add_actors_types_a_source_the_shipped_lexicons_do_not_know()
    {
        var folder = Folder(("marked.txt", Marked));
        var actors = Path.Combine(folder, "actors.csv");
        File.WriteAllText(actors, "pattern,canonical,affiliation,source_type\nIan Holt,Ian Holt,lakeview_treasury,official\n");
        var run = CliRun.Of("evaluate-sources", "--data", Path.Combine(folder, "marked.txt"), "--add-actors", actors);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Matches(@"all\s+3\s+2\s+0\.667\s+2\s+1\.000\s+0\.000", run.Output);
    }

    [Fact]
    public void A_type_accuracy_below_min_accuracy_exits_1_and_one_at_or_above_it_0()
    {
        var folder = Folder(("marked.txt", Marked));
        var failed = CliRun.Of("evaluate-sources", "--data", folder, "--min-accuracy", "1.0");
        Assert.Equal(ExitCodes.Failed, failed.ExitCode);
        Assert.Contains("FAIL type_accuracy 0.500 >= 1.000", failed.Output, StringComparison.Ordinal);
        Assert.Contains("thresholds failed", failed.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, CliRun.Of("evaluate-sources", "--data", folder, "--min-accuracy", "0.5").ExitCode);
    }

    [Theory]
    [InlineData("=== t-1 | 2018-05-02 | Test Wire\nHead\n\n[[Quist|senator]] said so.\n", "bad.txt:4: unknown type 'senator'")]
    [InlineData("=== t-1 | 2018-05-02 | Test Wire\nHead\n\n[[Quist said so.\n", "bad.txt:4: a '[[' without its '|type]]'")]
    [InlineData("== t-1 | 2018-05-02\nHead\n", "bad.txt:1: text before the first article header")]
    public void A_malformed_file_exits_2_naming_the_file_and_line(string content, string message)
    {
        var folder = Folder(("bad.txt", content));
        var run = CliRun.Of("evaluate-sources", "--data", Path.Combine(folder, "bad.txt"));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(Path.Combine(folder, message), run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--data", "no-such-folder-for-evaluate-sources")]
    [InlineData("--min-accuracy", "1.5")]
    [InlineData("--errors", "-1")]
    public void Missing_data_and_bad_options_exit_2(string option, string value)
    {
        var folder = Folder(("marked.txt", Marked));
        var args = option == "--data" ? new[] { "evaluate-sources", option, value } : ["evaluate-sources", "--data", folder, option, value];
        Assert.Equal(ExitCodes.Usage, CliRun.Of(args).ExitCode);
    }

    [Fact]
    public void A_folder_without_marked_files_exits_2()
    {
        var run = CliRun.Of("evaluate-sources", "--data", Folder(("notes.md", "nothing")));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no *.txt file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_has_an_example()
    {
        var run = CliRun.Of("evaluate-sources", "--help");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("framing evaluate-sources --data corpora/gold/sourcing", run.Output, StringComparison.Ordinal);
    }
}
