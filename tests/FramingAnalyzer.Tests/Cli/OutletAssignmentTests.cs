using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>
/// A flat folder or a single file has no outlet folder: outlets come from front matter, else the page, else the
/// folder's name, and the run says how they were assigned and how to set them.
/// </summary>
public sealed class OutletAssignmentTests : IDisposable
{
    private readonly TempCorpus _corpus = new("ux");

    public void Dispose() => _corpus.Dispose();

    private const string WirePage = "World\nBridge reopens after repairs\nThe Amber Street bridge reopened on Monday after six months of repairs, officials said.\n"
        + "By Sofia Arden, Meridian Wire\nTraffic was light on the first morning, the transport office said.";

    private const string StatePage = "Security\nArmy secures the valley road\nThe army secured the valley road on Tuesday, the defence ministry said.\n"
        + "Karvania Today\nSoldiers cleared the last checkpoint before noon, a spokesman said.\nDiscuss";

    [Fact]
    public void A_flat_folder_is_analysed_with_outlets_from_front_matter_the_page_or_the_folder_and_a_warning_says_how()
    {
        _corpus.Write("wire.txt", WirePage);
        _corpus.Write("state.txt", StatePage);
        _corpus.Write("set.txt", "---\noutlet: Quiet Post\n---\nBridge reopens\n\nThe bridge reopened on Monday.");
        _corpus.Write("plain.txt", "The bridge reopened on Monday. Traffic was light.");
        var output = Path.Combine(_corpus.Parent, "out");

        var run = CliRun.Of("analyze", _corpus.Root, "--out", output, "--no-charts");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Analysed 4 of 4 articles", run.Error);
        var outlets = AnalyzeCommandTests.CsvRows(Path.Combine(output, "articles.csv")).ToDictionary(a => Path.GetFileName(a["path"]), a => a["outlet"]);
        Assert.Equal("Meridian Wire", outlets["wire.txt"]);
        Assert.Equal("Karvania Today", outlets["state.txt"]);
        Assert.Equal("Quiet Post", outlets["set.txt"]);
        Assert.Equal("ux", outlets["plain.txt"]);
        Assert.Contains("Warning: 3 article(s) had no outlet folder and no 'outlet:' front matter, so their outlets were guessed: ", run.Error);
        Assert.Contains("1 from a byline ('Meridian Wire')", run.Error);
        Assert.Contains("1 from an outlet line after the lede ('Karvania Today')", run.Error);
        Assert.Contains("1 from the folder's name ('ux')", run.Error);
        Assert.Contains("FOLDER/OUTLET/article.txt", run.Error);
        Assert.Contains("outlet: NAME", run.Error);
        Assert.Contains("outlets were guessed", File.ReadAllText(Path.Combine(output, "run.json")));
    }

    [Fact]
    public void A_single_file_takes_the_outlet_its_page_names_and_that_line_is_not_scored()
    {
        var file = _corpus.Write("state-page.txt", StatePage);
        var output = Path.Combine(_corpus.Parent, "out");

        var run = CliRun.Of("analyze", file, "--out", output, "--no-charts");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Karvania Today", Assert.Single(AnalyzeCommandTests.CsvRows(Path.Combine(output, "articles.csv")))["outlet"]);
        var sentences = AnalyzeCommandTests.CsvRows(Path.Combine(output, "sentences.csv")).Select(s => s["text"]).ToList();
        Assert.DoesNotContain("Karvania Today", sentences);
        Assert.DoesNotContain("Discuss", sentences);
        Assert.Contains("1 from an outlet line after the lede ('Karvania Today')", run.Error);
    }

    [Fact]
    public void Files_in_outlet_folders_raise_no_outlet_warning()
    {
        using var corpus = SmallCorpus.Create();
        var run = CliRun.Of("analyze", corpus.Root, "--out", Path.Combine(corpus.Parent, "out"), "--no-charts");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("guessed", run.Error);
    }

    [Fact]
    public void Inspect_says_where_a_guessed_outlet_came_from_and_outlet_overrides_it()
    {
        var file = _corpus.Write("state-page.txt", StatePage);

        var guessed = CliRun.Of("inspect", file);
        Assert.Equal(0, guessed.ExitCode);
        Assert.StartsWith("Karvania Today — Army secures the valley road", guessed.Output, StringComparison.Ordinal);
        Assert.Contains("note: the outlet 'Karvania Today' was taken from an outlet line after the lede", guessed.Error);
        Assert.Contains("--outlet NAME", guessed.Error);

        var given = CliRun.Of("inspect", file, "--outlet", "Other Outlet");
        Assert.Equal(0, given.ExitCode);
        Assert.StartsWith("Other Outlet — ", given.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", given.Error);
    }
}
