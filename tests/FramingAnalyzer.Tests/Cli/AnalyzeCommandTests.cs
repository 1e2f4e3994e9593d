using System.Text.Json;

namespace FramingAnalyzer.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    private static readonly string[] ExpectedFiles =
    [
        "articles.csv", "sentences.csv", "attributions.csv", "terms.csv", "outlets.csv", "comparisons.csv", "story_matched.csv",
        "source_types.csv", "verb_stances.csv", "affiliations.csv", "term_families.csv", "loaded_categories.csv",
        "skipped.csv", "report.html", "run.json",
    ];

    [Fact]
    public void Writes_every_output_file_with_counts_that_add_up()
    {
        using var corpus = SmallCorpus.Create();
        var output = Path.Combine(corpus.Parent, "out");
        var run = CliRun.Of("analyze", corpus.Root, "--out", output);
        Assert.Equal(0, run.ExitCode);
        foreach (var file in ExpectedFiles) Assert.True(File.Exists(Path.Combine(output, file)), $"{file} missing");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "charts"), "*.png"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "charts"), "*.svg"));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var counts = manifest.RootElement.GetProperty("counts");
        Assert.Equal(5, counts.GetProperty("analysed").GetInt64());
        Assert.Equal(counts.GetProperty("read").GetInt64(), counts.GetProperty("analysed").GetInt64() + counts.GetProperty("skipped").GetInt64());
        Assert.Equal(6, File.ReadAllLines(Path.Combine(output, "articles.csv")).Length);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        using var corpus = SmallCorpus.Create();
        var first = Path.Combine(corpus.Parent, "first");
        var second = Path.Combine(corpus.Parent, "second");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", first).ExitCode);
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", second, "--workers", "1").ExitCode);
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs");
        }
    }

    [Fact]
    public void Articles_table_separates_own_voice_and_quoted_loaded_terms()
    {
        using var corpus = SmallCorpus.Create();
        var output = Path.Combine(corpus.Parent, "out");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", output).ExitCode);
        var rows = CsvRows(Path.Combine(output, "outlets.csv"));
        double Mean(string outlet, string metric) => double.Parse(rows.Single(r => r["outlet"] == outlet && r["metric"] == metric)["mean"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Mean("Loud Daily", "loaded_per_1k_words") > Mean("Plain Wire", "loaded_per_1k_words"));
        Assert.True(Mean("Plain Wire", "quoted_word_share") > Mean("Quiet Post", "quoted_word_share"));
    }

    [Fact]
    public void Strict_turns_a_skipped_input_into_exit_code_1_and_the_rest_is_still_analysed()
    {
        using var corpus = SmallCorpus.Create();
        corpus.Write("Plain Wire/empty.txt", "   \n");
        var output = Path.Combine(corpus.Parent, "out");
        var run = CliRun.Of("analyze", corpus.Root, "--out", output, "--strict");
        Assert.Equal(1, run.ExitCode);
        var skipped = File.ReadAllText(Path.Combine(output, "skipped.csv"));
        Assert.Contains("empty.txt", skipped);
        Assert.Equal(6, File.ReadAllLines(Path.Combine(output, "articles.csv")).Length);
        Assert.Contains("skipped", run.Error);
    }

    [Theory]
    [InlineData("--map", "nonsense")]
    [InlineData("--map", "colour=x")]
    [InlineData("--lexicon", "/no/such/lexicon.csv")]
    [InlineData("--shard", "4/4")]
    [InlineData("--unknown-option", "x")]
    [InlineData("--undated-as", "2018")]
    [InlineData("--undated-as", "2020-12-31..2017-01-01")]
    public void Usage_errors_exit_with_code_2_and_say_what_is_wrong(string option, string value)
    {
        using var corpus = SmallCorpus.Create();
        var run = CliRun.Of("analyze", corpus.Root, "--out", Path.Combine(corpus.Parent, "out"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error", run.Error);
    }

    [Fact]
    public void Undated_as_reads_public_figures_of_undated_articles_on_that_day_and_is_recorded()
    {
        using var corpus = SmallCorpus.Create();
        corpus.Write("Plain Wire/undated-president.txt", "Donald Trump said the border wall would be paid for.\n");
        var before = Path.Combine(corpus.Parent, "before");
        var after = Path.Combine(corpus.Parent, "after");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", before, "--no-charts").ExitCode);
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", after, "--no-charts", "--undated-as", "2017-01-01..2020-12-31").ExitCode);

        (string, string) TypeOfTrump(string output) =>
            CsvRows(Path.Combine(output, "attributions.csv")).Single(r => r["source_text"] == "Donald Trump") is var row ? (row["source_type"], row["type_evidence"]) : default;
        Assert.NotEqual("public_figure", TypeOfTrump(before).Item2); // a businessman, a candidate and a president: no one role
        Assert.Equal(("official", "public_figure"), TypeOfTrump(after));
        Assert.Contains("\"undated-as\": \"2017-01-01..2020-12-31\"", File.ReadAllText(Path.Combine(after, "run.json")));
    }

    [Fact]
    public void Refuses_an_output_folder_that_would_overwrite_the_input()
    {
        using var corpus = SmallCorpus.Create();
        var run = CliRun.Of("analyze", corpus.Root, "--out", corpus.Parent);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("overlaps the input", run.Error);
        Assert.True(File.Exists(Path.Combine(corpus.Root, "Plain Wire", "day1.txt")));
    }

    [Fact]
    public void Help_of_every_command_has_an_example()
    {
        foreach (var command in new[] { "analyze", "inspect", "train", "evaluate", "merge", "score", "aggregate", "chart" })
        {
            var run = CliRun.Of(command, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Example", run.Output);
            Assert.Contains("framing " + command, run.Output);
        }
    }

    internal static List<Dictionary<string, string>> CsvRows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return rows;
    }
}
