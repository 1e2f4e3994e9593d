using FramingAnalyzer.Sourcing.Evaluation;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>The marked-sources format (corpora/gold/sourcing): articles after '=== ID | date | outlet' headers, sources as [[span|type]].</summary>
public class MarkedSourceReaderTests
{
    private const string TwoArticles = """
        # Written for the tests.
        # Comment lines may come before the first header.

        === t-1 | 2016-02-02 | The Test Ledger

        Quist wins in Iowa

        [[Sen. Mara Quist|political]] said the result was clear, and later [[she|political]] added that it was "a start."
        Nobody else spoke.


        === T2-b | 2018-11-30 | Test Wire
        Harbour deal signed
        [[The harbour board|official]] said the deal was done.
        """;

    [Fact]
    public void Marks_are_removed_and_give_the_offsets_of_their_span_in_the_unmarked_text()
    {
        var article = MarkedSourceReader.Parse(TwoArticles, "two.txt")[0];
        Assert.Equal("Quist wins in Iowa\n\nSen. Mara Quist said the result was clear, and later she added that it was \"a start.\"\nNobody else spoke.", article.Text);
        Assert.Equal([new MarkedSource(20, 35, "Sen. Mara Quist", "political"), new MarkedSource(73, 76, "she", "political")], article.Sources);
        Assert.All(article.Sources, s => Assert.Equal(s.Text, article.Text[s.Start..s.End]));
    }

    [Fact]
    public void The_first_line_after_the_trimmed_blank_lines_is_the_headline()
    {
        var articles = MarkedSourceReader.Parse(TwoArticles, "two.txt");
        Assert.Equal(["Quist wins in Iowa", "Harbour deal signed"], articles.Select(a => a.Headline));
        Assert.EndsWith("Nobody else spoke.", articles[0].Text, StringComparison.Ordinal); // blank lines before the next header are not text
    }

    [Fact]
    public void Each_header_starts_an_article_with_its_id_date_outlet_and_line()
    {
        var articles = MarkedSourceReader.Parse(TwoArticles, "two.txt");
        Assert.Equal([("t-1", "2016-02-02", "The Test Ledger", 4), ("T2-b", "2018-11-30", "Test Wire", 12)],
            articles.Select(a => (a.Id, a.Date, a.Outlet, a.Line)));
        var second = articles[1];
        Assert.Equal("Harbour deal signed\nThe harbour board said the deal was done.", second.Text);
        Assert.Equal(new MarkedSource(20, 37, "The harbour board", "official"), Assert.Single(second.Sources));
    }

    [Fact]
    public void The_article_for_the_analyzers_carries_the_unmarked_text_the_date_and_file_and_line_as_origin()
    {
        var article = MarkedSourceReader.Parse(TwoArticles, "corpora/two.txt")[1].ToArticle();
        Assert.Equal(("T2-b", "Test Wire", "2018-11-30", "corpora/two.txt:12"), (article.Id, article.Outlet, article.Date, article.Origin));
        Assert.Equal("Harbour deal signed\nThe harbour board said the deal was done.", article.Body);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_read_as_plain_lines()
    {
        var article = Assert.Single(MarkedSourceReader.Parse("\uFEFF=== a | 2017-01-01 | Wire\r\nHead\r\n\r\n[[He|citizen]] said so.\r\n", "crlf.txt"));
        Assert.Equal("Head\n\nHe said so.", article.Text);
        Assert.Equal(new MarkedSource(6, 8, "He", "citizen"), Assert.Single(article.Sources));
    }

    [Fact]
    public void A_file_or_folder_is_read_as_files_in_name_order()
    {
        var folder = Path.Combine(Path.GetTempPath(), "framing-marked-sources", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "b.txt"), "=== b | 2017-01-01 | Wire\nHead\n");
        File.WriteAllText(Path.Combine(folder, "a.txt"), "=== a | 2017-01-01 | Wire\nHead\n");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not read");
        var files = MarkedSourceReader.Files([folder, Path.Combine(folder, "a.txt")]);
        Assert.Equal([Path.Combine(folder, "a.txt"), Path.Combine(folder, "b.txt")], files);
        Assert.Throws<FileNotFoundException>(() => MarkedSourceReader.Files([Path.Combine(folder, "missing.txt")]));
    }

    [Theory]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\n[[Quist|senator]] said so.", 4, "unknown type 'senator' for 'Quist'")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\n[[Quist said so.", 4, "a '[[' without its '|type]]'")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\n[[Quist]] said so.", 4, "a '[[' without its '|type]]'")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\n[[Quist\n|political]] said so.", 4, "a '[[' without its '|type]]'")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\nQuist|political]] said so.", 4, "a ']]' without its '[['")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\n[[Sen. [[Quist|political]]|political]] said so.", 4, "nested marks")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\n[[ |political]] said so.", 4, "empty span")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n\n=== b 2016-02-02 | Wire\nHead", 4, "malformed header")]
    [InlineData("=== a b | 2016-02-02 | Wire\nHead", 1, "malformed header")]
    [InlineData("=== a | 2016-2-2 | Wire\nHead", 1, "malformed header")]
    [InlineData("=== a | 2016-02-02 |\nHead", 1, "malformed header")]
    [InlineData("=== a | 2016-02-30 | Wire\nHead", 1, "not a day of the calendar")]
    [InlineData("# notes\nStray text\n=== a | 2016-02-02 | Wire\nHead", 2, "text before the first article header")]
    [InlineData("=== a | 2016-02-02 | Wire\n\n\n=== b | 2016-02-02 | Wire\nHead", 1, "article a has no text")]
    [InlineData("=== a | 2016-02-02 | Wire\nHead\n=== a | 2016-02-03 | Wire\nHead", 3, "used twice in the file (first at line 1)")]
    [InlineData("# only comments\n", 1, "no article")]
    public void Bad_input_is_an_error_naming_the_file_and_line(string content, int line, string problem)
    {
        var error = Assert.Throws<MarkedSourceFormatException>(() => MarkedSourceReader.Parse(content, "bad.txt"));
        Assert.Equal(("bad.txt", line), (error.File, error.Line));
        Assert.StartsWith($"bad.txt:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
