using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>Exports with the column names of popular crawls are analysed without --map.</summary>
public sealed class ColumnNameTests : IDisposable
{
    private readonly TempCorpus _corpus = new("exports");

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_csv_with_publication_headline_body_text_and_published_at_is_analysed_without_map()
    {
        var csv = _corpus.Write("crawl.csv", "publication,headline,body_text,published_at\n"
            + "The Courier,Bridge reopens,\"The bridge reopened on Monday, officials said.\",2026-03-11\n"
            + "Evening Star,Bridge chaos ends,\"The shambolic closure finally ended, residents said.\",2026-03-11\n");
        var output = Path.Combine(_corpus.Parent, "out");

        var run = CliRun.Of("analyze", csv, "--out", output, "--no-charts");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Analysed 2 of 2 articles", run.Error);
        Assert.DoesNotContain("Warning", run.Error);
        var articles = AnalyzeCommandTests.CsvRows(Path.Combine(output, "articles.csv"));
        Assert.Equal([("The Courier", "Bridge reopens", "2026-03-11"), ("Evening Star", "Bridge chaos ends", "2026-03-11")],
            articles.Select(a => (a["outlet"], a["title"], a["date"])));
    }

    [Fact]
    public void Two_candidate_text_columns_are_analysed_with_a_warning_on_stderr_naming_the_map_that_picks_the_other()
    {
        var csv = _corpus.Write("both.csv", "outlet,text,body_text\nThe Courier,Short text here.,Longer body text here.\n");
        var output = Path.Combine(_corpus.Parent, "out");

        var run = CliRun.Of("analyze", csv, "--out", output, "--no-charts");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Warning: ", run.Error);
        Assert.Contains("'text' was used (--map text=body_text picks another)", run.Error);
        Assert.Contains("could each be the text", File.ReadAllText(Path.Combine(output, "run.json")));
    }
}
