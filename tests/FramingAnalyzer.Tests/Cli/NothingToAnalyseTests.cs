using System.Text;
using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>
/// A run with nothing analysable is an input error: exit code 2, the reasons on stderr, no report moved into place.
/// A run where some inputs are skipped still succeeds and says how many and why.
/// </summary>
public sealed class NothingToAnalyseTests : IDisposable
{
    private readonly TempCorpus _corpus = new("inputs");

    public void Dispose() => _corpus.Dispose();

    private string Out => Path.Combine(_corpus.Parent, "reports", "out");

    private static void AssertNothingToAnalyse(CliRun run, string output)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: nothing to analyse, so no report was written", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "no report folder is moved into place");
        var parent = Path.GetDirectoryName(output)!;
        if (Directory.Exists(parent)) Assert.Empty(Directory.GetDirectories(parent, ".*partial*")); // nor is a staging folder left behind
    }

    [Fact]
    public void Score_exits_2_when_nothing_could_be_scored()
    {
        var empty = _corpus.Write("empty.jsonl", "");
        var run = CliRun.Of("score", empty);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: nothing could be scored", run.Error); // the empty file is itself a skipped record

        var bad = _corpus.Write("bad.jsonl", "{ not json\n{ \"title\": \"no text and no outlet\" }\n");
        var allSkipped = CliRun.Of("score", bad);
        Assert.Equal(2, allSkipped.ExitCode);
        Assert.Contains("every record was skipped", allSkipped.Error);
    }

    [Fact]
    public void A_missing_path_exits_2_names_the_path_and_writes_nothing()
    {
        var missing = Path.Combine(_corpus.Root, "no", "such", "folder");
        var run = CliRun.Of("analyze", missing, "--out", Out);
        AssertNothingToAnalyse(run, Out);
        Assert.Contains($"There is no file or folder '{missing}'. (not_found)", run.Error);
    }

    [Fact]
    public void The_output_parent_folder_is_not_left_behind_when_nothing_is_written()
    {
        var run = CliRun.Of("analyze", Path.Combine(_corpus.Root, "missing.csv"), "--out", Out);
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Out)), "the reports/ folder this run created is removed again");
    }

    [Fact]
    public void An_empty_folder_exits_2_and_says_what_files_are_read()
    {
        var empty = Path.Combine(_corpus.Root, "empty");
        Directory.CreateDirectory(empty);
        var run = CliRun.Of("analyze", empty, "--out", Out);
        AssertNothingToAnalyse(run, Out);
        Assert.Contains("holds no files", run.Error);
        Assert.Contains("(no_article_files)", run.Error);
        Assert.Contains("FOLDER/OUTLET/article.txt", run.Error);
    }

    [Fact]
    public void A_folder_of_files_of_other_kinds_names_some_of_them()
    {
        _corpus.Write("pdfs/Outlet/one.pdf", "%PDF-1.4");
        _corpus.Write("pdfs/Outlet/two.docx", "PK");
        var run = CliRun.Of("analyze", Path.Combine(_corpus.Root, "pdfs"), "--out", Out);
        AssertNothingToAnalyse(run, Out);
        Assert.Contains("holds 2 file(s), none of a kind that is read (Outlet/one.pdf, Outlet/two.docx)", run.Error);
    }

    [Theory]
    [InlineData("Plain Wire,Council votes,The council voted on Tuesday.\n")]   // no header row: the first article is read as the header
    [InlineData("outlet,words\nPlain Wire,The council voted on Tuesday.\n")]   // a text column under a name nobody recognises
    public void A_csv_without_a_text_column_exits_2_and_says_how_to_map_one(string content)
    {
        var csv = _corpus.Write("articles.csv", content);
        var run = CliRun.Of("analyze", csv, "--out", Out);
        AssertNothingToAnalyse(run, Out);
        Assert.Contains("The header has no text column", run.Error);
        Assert.Contains("--map text=COLUMN", run.Error);
        Assert.Contains("(no_text_column)", run.Error);
    }

    [Fact]
    public void A_previous_report_in_the_output_folder_is_left_as_it_was()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "report.html"), "earlier run");
        var run = CliRun.Of("analyze", Path.Combine(_corpus.Root, "missing"), "--out", Out);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("was left as it was", run.Error);
        Assert.Equal("earlier run", File.ReadAllText(Path.Combine(Out, "report.html")));
    }

    [Fact]
    public void Every_input_gets_its_line_and_an_input_with_many_problems_is_summarised()
    {
        for (int i = 0; i < 5; i++) _corpus.Write($"blank/Outlet/{i}.txt", " \n");
        _corpus.Write("blank/Outlet/x.pdf.txt", "%PDF-1.7 not an article");
        var missing = Path.Combine(_corpus.Root, "gone.jsonl");
        var run = CliRun.Of("analyze", Path.Combine(_corpus.Root, "blank"), missing, "--out", Out, "--strict");
        AssertNothingToAnalyse(run, Out); // --strict does not turn an input error into exit code 1
        Assert.Contains("blank: no article; 6 records could not be read:", run.Error);
        Assert.Contains("blank/Outlet/0.txt: The file is empty or holds only whitespace. (empty)", run.Error);
        Assert.Contains("... and 3 more (of all 6: 5 empty, 1 binary)", run.Error);
        Assert.Contains("(not_found)", run.Error);
    }

    [Fact]
    public void Articles_that_are_all_skipped_after_reading_are_nothing_to_analyse_too()
    {
        _corpus.Write("big/Outlet/a.txt", "Headline\n\nThe mayor said the road was closed on Monday, and it stays closed.");
        var run = CliRun.Of("analyze", Path.Combine(_corpus.Root, "big"), "--out", Out, "--max-article-chars", "20");
        AssertNothingToAnalyse(run, Out);
        Assert.Contains("big: 1 article(s) read, none of them analysed:", run.Error);
        Assert.Contains("(too_large)", run.Error);
    }

    [Fact]
    public void Partial_skips_succeed_and_the_summary_names_how_many_and_the_three_most_common_reasons()
    {
        _corpus.Write("mixed/Outlet/ok.txt", "Headline here\n\nThe mayor said the road was closed on Monday.");
        for (int i = 0; i < 3; i++) _corpus.Write($"mixed/Outlet/blank{i}.txt", "\n");
        _corpus.WriteBytes("mixed/Outlet/scan.txt", [.. "%PDF-1.5\n"u8, 0, 1, 2]);
        _corpus.WriteBytes("mixed/Outlet/image.txt", [0x89, .. "PNG\r\n\u001a\n"u8, 0, 0]);
        _corpus.Write("mixed/Outlet/only-front-matter.txt", "---\ntitle: Nothing below\n---\n");
        var missing = Path.Combine(_corpus.Root, "missing.csv");

        var run = CliRun.Of("analyze", Path.Combine(_corpus.Root, "mixed"), missing, "--out", Out, "--no-charts");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(Out, "run.json")));
        Assert.Contains("Analysed 1 of 8 articles into", run.Error);
        Assert.Contains("Skipped 7: 3 empty, 2 binary, 1 no_text, 1 for other reasons.", run.Error);
        Assert.Contains(Path.Combine(Out, "skipped.csv"), run.Error);
        Assert.DoesNotContain("error", run.Error);

        var strict = CliRun.Of("analyze", Path.Combine(_corpus.Root, "mixed"), missing, "--out", Out, "--no-charts", "--strict");
        Assert.Equal(1, strict.ExitCode); // --strict: partially bad input still fails with 1, as before
        Assert.True(File.Exists(Path.Combine(Out, "run.json")));
    }

    [Fact]
    public void A_shard_that_owns_no_article_of_a_readable_corpus_still_writes_its_partial_result()
    {
        _corpus.Write("one/Outlet/a.txt", "Headline\n\nThe mayor said the road was closed on Monday.");
        var codes = Enumerable.Range(0, 2).Select(k =>
            CliRun.Of("analyze", Path.Combine(_corpus.Root, "one"), "--shard", $"{k}/2", "--out", Path.Combine(_corpus.Parent, $"part{k}"), "--no-charts").ExitCode);
        Assert.Equal([0, 0], codes);
        Assert.True(File.Exists(Path.Combine(_corpus.Parent, "part0", "run.json")));
        Assert.True(File.Exists(Path.Combine(_corpus.Parent, "part1", "run.json")));
    }

    [Fact]
    public void Every_shard_of_a_missing_input_exits_2()
    {
        for (int k = 0; k < 3; k++)
        {
            var part = Path.Combine(_corpus.Parent, $"part{k}");
            var run = CliRun.Of("analyze", Path.Combine(_corpus.Root, "missing"), "--shard", $"{k}/3", "--out", part);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("(not_found)", run.Error);
            Assert.False(Directory.Exists(part));
        }
    }

    [Fact]
    public void The_help_says_what_each_exit_code_means()
    {
        var help = CliRun.Of("analyze", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Exit codes: 0 done", help.Output);
        Assert.Contains("2 usage errors, and runs with nothing to analyse", help.Output);
    }
}
