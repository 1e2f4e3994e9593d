using System.Text;
using System.Text.Json;
using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>
/// Hostile and broken input through the whole analyze command: nothing crashes, every problem is reported with its
/// file and position, and read = analysed + skipped in run.json.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempCorpus _corpus = new("hostile");

    public void Dispose() => _corpus.Dispose();

    private (CliRun Run, string Output) Analyze(params string[] extra)
    {
        var output = Path.Combine(_corpus.Parent, "out");
        return (CliRun.Of(["analyze", _corpus.Root, "--out", output, .. extra]), output);
    }

    private static (long Read, long Analysed, long Skipped) Counts(string output)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var counts = json.RootElement.GetProperty("counts");
        long read = counts.GetProperty("read").GetInt64(), analysed = counts.GetProperty("analysed").GetInt64(), skipped = counts.GetProperty("skipped").GetInt64();
        Assert.Equal(read, analysed + skipped);
        return (read, analysed, skipped);
    }

    private static List<Dictionary<string, string>> Skipped(string output) => AnalyzeCommandTests.CsvRows(Path.Combine(output, "skipped.csv"));

    private void WriteOrdinaryArticle() => _corpus.Write("Fine Outlet/ok.txt", "Ordinary headline about the council\n\nThe council met on Monday, officials said.\n\nIt approved the budget.");

    [Fact]
    public void A_200_MB_single_article_is_skipped_as_too_large_and_the_rest_is_analysed()
    {
        WriteOrdinaryArticle();
        var path = Path.Combine(_corpus.Root, "Huge Outlet", "huge.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var paragraph = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The army said the town was quiet on Monday. ", 200)) + "\n\n");
        using (var file = File.Create(path))
        {
            while (file.Length < 200L * 1024 * 1024) file.Write(paragraph);
        }
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        var skip = Assert.Single(Skipped(output));
        Assert.Equal("too_large", skip["reason"]);
        Assert.Contains("huge.txt", skip["origin"]);
        Assert.Equal((2, 1, 1), Counts(output));
    }

    [Fact]
    public void A_file_of_one_50_MB_line_is_reported_not_fatal()
    {
        WriteOrdinaryArticle();
        var line = new StringBuilder("{\"source\":\"Line Outlet\",\"title\":\"Long\",\"content\":\"");
        while (line.Length < 50 * 1024 * 1024) line.Append("word after word after word ");
        line.Append("\"}");
        _corpus.Write("long.jsonl", line.ToString());
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        var skip = Assert.Single(Skipped(output));
        Assert.Equal("too_large", skip["reason"]);
        Assert.Contains("long.jsonl:1", skip["origin"]);
        Assert.Equal((2, 1, 1), Counts(output));
    }

    [Fact]
    public void Deeply_nested_json_is_skipped_with_its_position()
    {
        WriteOrdinaryArticle();
        _corpus.Write("nested.jsonl", "{\"source\":\"A\",\"content\":\"Fine text here.\"}\n" + new string('[', 100_000) + new string(']', 100_000) + "\n");
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        var skip = Assert.Single(Skipped(output));
        Assert.Contains("nested.jsonl:2", skip["origin"]);
        Assert.Equal((3, 2, 1), Counts(output));
    }

    [Fact]
    public void Nul_bytes_invalid_utf8_and_mixed_line_endings_are_analysed_with_warnings()
    {
        _corpus.WriteBytes("Odd Outlet/nul.txt", Encoding.UTF8.GetBytes("Headline with a nul\n\nThe mayor\0 said the road was closed.\n\nIt reopens soon."));
        _corpus.WriteBytes("Odd Outlet/cp1252.txt", [.. Encoding.ASCII.GetBytes("Headline in an old encoding\n\nThe mayor said "), 0x93, .. Encoding.ASCII.GetBytes("we will rebuild"), 0x94, .. Encoding.ASCII.GetBytes(".\n\nDone.")]);
        _corpus.Write("Odd Outlet/mixed.txt", "Headline with mixed line ends\r\n\r\nFirst paragraph here.\r\rSecond paragraph here.\n\nThird paragraph here.");
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal((3, 3, 0), Counts(output));
        var manifest = File.ReadAllText(Path.Combine(output, "run.json"));
        Assert.Contains("cp1252.txt", manifest);
        Assert.Contains("nul.txt", manifest);
        var articles = AnalyzeCommandTests.CsvRows(Path.Combine(output, "articles.csv"));
        Assert.Equal("4", articles.Single(a => a["path"].EndsWith("mixed.txt", StringComparison.Ordinal))["paragraphs"]); // headline + three body paragraphs
        Assert.Contains(AnalyzeCommandTests.CsvRows(Path.Combine(output, "sentences.csv")), s => s["text"].Contains("“we will rebuild”", StringComparison.Ordinal));
    }

    [Fact]
    public void Random_bytes_named_txt_are_always_skipped_as_binary()
    {
        WriteOrdinaryArticle();
        var random = new Random(42);
        for (int i = 0; i < 20; i++)
        {
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            _corpus.WriteBytes($"Noise Outlet/noise{i:00}.txt", i % 2 == 0 ? bytes : [.. bytes.Where(b => b != 0)]);
        }
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        var skipped = Skipped(output);
        Assert.Equal(20, skipped.Count);
        Assert.All(skipped, s => Assert.Equal("binary", s["reason"]));
        Assert.Equal((21, 1, 20), Counts(output));
        Assert.Contains("Skipped 20: 20 binary.", run.Error);
    }

    [Fact]
    public void A_csv_with_100000_columns_is_read()
    {
        var header = new StringBuilder("outlet,title,text");
        var row = new StringBuilder("Wide Outlet,Wide title,\"The minister said the plan would work.\"");
        for (int i = 0; i < 100_000; i++)
        {
            header.Append(",c").Append(i);
            row.Append(",x");
        }
        _corpus.Write("wide.csv", header + "\n" + row + "\n");
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal((1, 1, 0), Counts(output));
    }

    [Fact]
    public void Duplicate_article_ids_are_reported_and_counted_once()
    {
        _corpus.Write("dupes.jsonl", string.Join('\n',
            "{\"id\":\"a1\",\"source\":\"Dup Outlet\",\"content\":\"First text about the vote.\"}",
            "{\"id\":\"a1\",\"source\":\"Dup Outlet\",\"content\":\"First text about the vote.\"}",
            "{\"id\":\"a2\",\"source\":\"Dup Outlet\",\"content\":\"Second text about the vote.\"}"));
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        var skip = Assert.Single(Skipped(output));
        Assert.Equal("duplicate_id", skip["reason"]);
        Assert.Contains("dupes.jsonl:2", skip["origin"]);
        Assert.Equal((3, 2, 1), Counts(output));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("duplicates").GetInt64());
    }

    [Fact]
    public void Outlet_names_with_path_separators_are_never_used_as_paths()
    {
        _corpus.Write("outlets.csv", "outlet,title,text\n../../escape,One,\"The mayor said the bridge reopened.\"\na/b\\c,Two,\"Officials said the roads were clear.\"\n");
        var (run, output) = Analyze();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal((2, 2, 0), Counts(output));
        Assert.Equal(["hostile", "out"], Directory.GetFileSystemEntries(_corpus.Parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_corpus.Parent, "..", "escape")));
        var outlets = AnalyzeCommandTests.CsvRows(Path.Combine(output, "articles.csv")).Select(r => r["outlet"]).Order(StringComparer.Ordinal);
        Assert.Equal(["../../escape", "a/b\\c"], outlets);
    }

    [Fact]
    public void Cells_that_start_like_a_formula_are_neutralised_and_numbers_are_not()
    {
        _corpus.Write("formula.csv", "outlet,title,text\n@Outlet,=HYPERLINK(\"http://x\"),\"+Minus - the mayor said the budget fell.\"\n");
        var (run, output) = Analyze("--no-charts");
        Assert.Equal(0, run.ExitCode);
        var article = Assert.Single(AnalyzeCommandTests.CsvRows(Path.Combine(output, "articles.csv")));
        Assert.Equal("'@Outlet", article["outlet"]);
        Assert.StartsWith("'=HYPERLINK", article["title"], StringComparison.Ordinal);
        Assert.DoesNotContain(AnalyzeCommandTests.CsvRows(Path.Combine(output, "sentences.csv")), s => s["text"].StartsWith('+'));
        var comparisons = File.ReadAllText(Path.Combine(output, "outlets.csv"));
        Assert.DoesNotContain("'-", comparisons);
    }

    [Fact]
    public void Script_in_titles_and_outlets_is_escaped_in_html_and_svg()
    {
        _corpus.Write("script.jsonl", string.Join('\n',
            "{\"source\":\"<script>alert(1)</script>\",\"title\":\"<script>alert(2)</script>\",\"content\":\"The minister said the plan would work.\"}",
            "{\"source\":\"Calm & Co\",\"title\":\"Plain\",\"content\":\"Officials said the roads were clear.\"}"));
        var (run, output) = Analyze();
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        foreach (var svg in Directory.GetFiles(Path.Combine(output, "charts"), "*.svg"))
        {
            var text = File.ReadAllText(svg);
            Assert.DoesNotContain("<script>", text);
            System.Xml.Linq.XDocument.Parse(text);
        }
    }
}
