using System.Text;

namespace FramingAnalyzer.Tests.Input;

public sealed class DecodingTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void An_empty_or_whitespace_only_file_is_skipped_as_empty(string content)
    {
        corpus.Write("Outlet/x.txt", content);

        var problem = corpus.Read().SingleProblem();

        Assert.Equal(("corpus/Outlet/x.txt", "empty"), (problem.Origin, problem.Reason));
    }

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.csv")]
    [InlineData("x.jsonl")]
    [InlineData("x.json")]
    public void Every_format_skips_an_empty_file(string file)
    {
        corpus.Write(file, "");

        Assert.Equal("empty", corpus.ReadFile(file).SingleProblem().Reason);
    }

    [Fact]
    public void A_png_renamed_to_txt_is_skipped_as_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        corpus.WriteBytes("Outlet/image.txt", png);

        var problem = corpus.Read().SingleProblem();

        Assert.Equal("binary", problem.Reason);
        Assert.Contains("PNG", problem.Detail);
    }

    [Fact]
    public void A_file_full_of_control_bytes_is_skipped_as_binary()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i % 7 == 0 ? 'a' : i % 32)).ToArray();
        corpus.WriteBytes("Outlet/blob.txt", bytes);

        Assert.Equal("binary", corpus.Read().SingleProblem().Reason);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning_naming_file_and_offset()
    {
        // "He said “no”." with the quotes as Windows-1252 bytes 0x93 and 0x94.
        byte[] prefix = "He said "u8.ToArray();
        corpus.WriteBytes("Outlet/x.txt", [.. prefix, 0x93, (byte)'n', (byte)'o', 0x94, (byte)'.']);

        var article = corpus.Read().SingleArticle();

        Assert.Equal("He said \u201Cno\u201D.", article.Body);
        var warning = Assert.Single(article.Warnings);
        Assert.Contains("corpus/Outlet/x.txt", warning);
        Assert.Contains("offset 8", warning);
        Assert.Contains("Windows-1252", warning);
    }

    [Fact]
    public void Every_record_of_a_windows_1252_csv_carries_the_warning()
    {
        var bytes = Encoding.Latin1.GetBytes("outlet,text\nA,Caf\u00e9 one.\nB,Caf\u00e9 two.\n");
        corpus.WriteBytes("data.csv", bytes);

        var articles = corpus.ReadFile("data.csv").Articles();

        Assert.Equal(["Caf\u00e9 one.", "Caf\u00e9 two."], articles.Select(article => article.Body));
        Assert.All(articles, article => Assert.Contains("offset 17", Assert.Single(article.Warnings)));
    }

    [Fact]
    public void Windows_1252_json_is_transcoded()
    {
        corpus.WriteBytes("data.json", Encoding.Latin1.GetBytes("[{\"source\": \"A\", \"content\": \"Caf\u00e9.\"}]"));

        var article = corpus.ReadFile("data.json").SingleArticle();

        Assert.Equal("Caf\u00e9.", article.Body);
        Assert.Single(article.Warnings);
    }

    [Fact]
    public void Valid_utf8_with_a_bom_is_read_without_the_bom_and_without_warnings()
    {
        corpus.WriteBytes("Outlet/x.txt", [0xEF, 0xBB, 0xBF, .. "---\ntitle: Caf\u00e9\n---\nBody \u2014 text."u8.ToArray()]);

        var article = corpus.Read().SingleArticle();

        Assert.Equal(("Caf\u00e9", "Body \u2014 text."), (article.Title, article.Body));
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void A_few_nul_bytes_are_removed_with_a_warning()
    {
        corpus.WriteBytes("Outlet/x.txt", [.. "Shells hit"u8.ToArray(), 0, .. " the market."u8.ToArray(), 0]);

        var article = corpus.Read().SingleArticle();

        Assert.Equal("Shells hit the market.", article.Body);
        Assert.Contains("2 NUL", Assert.Single(article.Warnings));
    }

    [Fact]
    public void Nul_bytes_inside_json_are_removed_before_parsing()
    {
        corpus.WriteBytes("data.jsonl", [.. "{\"source\": \"A\", \"content\": \"Te"u8.ToArray(), 0, .. "xt.\"}"u8.ToArray()]);

        Assert.Equal("Text.", corpus.ReadFile("data.jsonl").SingleArticle().Body);
    }

    [Theory]
    [InlineData("x.txt", "Line one\r\nLine two\rLine three\nLine four")]
    [InlineData("x.csv", "outlet,text\r\nOutlet,\"Line one\r\nLine two\rLine three\nLine four\"\r\n")]
    [InlineData("x.jsonl", "{\"outlet\": \"Outlet\", \"text\": \"Line one\\r\\nLine two\\rLine three\\nLine four\"}\r\n")]
    public void Mixed_line_endings_become_line_feeds(string file, string content)
    {
        corpus.Write(Path.Combine("Outlet", file), content);

        Assert.Equal("Line one\nLine two\nLine three\nLine four", corpus.Read().SingleArticle().Body);
    }
}
