namespace FramingAnalyzer.Tests.Cli;

public sealed class InspectAndChartCommandTests
{
    [Fact]
    public void Inspect_shows_each_sentence_with_marked_loaded_terms_and_its_probability()
    {
        using var corpus = SmallCorpus.Create();
        var run = CliRun.Of("inspect", Path.Combine(corpus.Root, "Loud Daily", "day1.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Loud Daily — Shocking bridge fiasco", run.Output);
        Assert.Contains("**", run.Output);
        Assert.Contains("p(loaded)", run.Output);
        Assert.Contains("loaded_per_1k_words", run.Output);
    }

    [Fact]
    public void Inspect_reads_an_undated_article_as_of_the_day_given()
    {
        using var corpus = SmallCorpus.Create();
        corpus.Write("Plain Wire/undated-president.txt", "Donald Trump said the border wall would be paid for.\n");
        var article = Path.Combine(corpus.Root, "Plain Wire", "undated-president.txt");

        var run = CliRun.Of("inspect", article, "--undated-as", "2018-07-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("official (public_figure)", run.Output);

        var wrong = CliRun.Of("inspect", article, "--undated-as", "July 2018");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--undated-as", wrong.Error);
    }

    [Fact]
    public void Inspect_of_a_missing_file_is_a_usage_error()
    {
        var run = CliRun.Of("inspect", "/no/such/article.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Theory]
    [InlineData("outlets.csv", new string[0], ".png")]
    [InlineData("outlets.csv", new[] { "--kind", "bar", "--metric", "loaded_per_1k_words" }, ".svg")]
    [InlineData("loaded_categories.csv", new string[0], ".png")]
    [InlineData("term_families.csv", new[] { "--family", "government_label" }, ".png")]
    [InlineData("terms.csv", new string[0], ".svg")]
    [InlineData("comparisons.csv", new[] { "--metric", "loaded_per_1k_words" }, ".png")]
    [InlineData("articles.csv", new[] { "--x", "quoted_word_share", "--y", "loaded_per_1k_words" }, ".png")]
    public void Chart_remakes_a_chart_from_a_table_at_the_requested_size(string table, string[] options, string extension)
    {
        using var corpus = SmallCorpus.Create();
        var output = Path.Combine(corpus.Parent, "out");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", output, "--no-charts").ExitCode);
        var image = Path.Combine(corpus.Parent, "slide" + extension);
        var run = CliRun.Of(["chart", Path.Combine(output, table), .. options, "--out", image, "--title", "For the class", "--width", "1000", "--height", "600"]);
        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(image).Length > 1000);
        if (extension == ".svg")
        {
            var svg = File.ReadAllText(image);
            Assert.Contains("For the class", svg);
            Assert.Contains("width=\"1000\"", svg);
        }
        else
        {
            var png = File.ReadAllBytes(image);
            Assert.Equal(1000, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
            Assert.Equal(600, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        }
    }

    [Fact]
    public void Chart_needs_the_options_of_its_kind()
    {
        using var corpus = SmallCorpus.Create();
        var output = Path.Combine(corpus.Parent, "out");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", output, "--no-charts").ExitCode);
        var run = CliRun.Of("chart", Path.Combine(output, "comparisons.csv"), "--out", Path.Combine(corpus.Parent, "m.png"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--metric", run.Error);
    }
}
