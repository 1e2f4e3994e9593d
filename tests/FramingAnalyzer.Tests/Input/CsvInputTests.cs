using System.Text;
using FramingAnalyzer.Input;

namespace FramingAnalyzer.Tests.Input;

public sealed class CsvInputTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData("outlet", "text")]
    [InlineData("source_domain", "maintext")]
    [InlineData("media_name", "content")]
    [InlineData("Source", "Article Text")]
    [InlineData("PUBLISHER", "body")]
    public void Columns_are_recognised_by_their_common_names(string outletColumn, string textColumn)
    {
        corpus.Write("data.csv", $"id,{outletColumn},headline,{textColumn},published,link\n7,Meridian Wire,Truce agreed,The sides agreed.,2026-03-11,https://x.example/\n");

        var article = corpus.ReadFile("data.csv").SingleArticle();

        Assert.Equal(("7", "Meridian Wire", "Truce agreed", "The sides agreed.", "2026-03-11", "https://x.example/"),
            (article.Id, article.Outlet, article.Title, article.Body, article.Date, article.Url));
        Assert.EndsWith("data.csv:2", article.Origin);
        Assert.False(article.MayContainPageFurniture);
    }

    [Theory]
    [InlineData("publication", "headline", "body_text", "published_at")]
    [InlineData("domain", "title", "article_text", "date")]
    [InlineData("Publication", "Headline", "Full Text", "Published-At")]
    [InlineData("outlet", "headline", "story_text", "published_at")]
    public void Column_names_of_popular_crawls_and_exports_are_recognised(string outlet, string title, string text, string date)
    {
        corpus.Write("data.csv", $"{outlet},{title},{text},{date}\nThe Courier,Bridge reopens,The bridge reopened on Monday.,2026-03-11T08:00:00Z\n");

        var article = corpus.ReadFile("data.csv").SingleArticle();

        Assert.Equal(("The Courier", "Bridge reopens", "The bridge reopened on Monday.", "2026-03-11T08:00:00Z"),
            (article.Outlet, article.Title, article.Body, article.Date));
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void When_two_columns_could_hold_a_field_the_first_listed_name_wins_and_the_first_article_says_so()
    {
        corpus.Write("data.csv", "domain,source,body_text,text,headline,title\n"
            + "courier.example,The Courier,Body text one.,Text one.,Headline one,Title one\n"
            + "courier.example,The Courier,Body text two.,Text two.,Headline two,Title two\n");

        var articles = corpus.ReadFile("data.csv").Articles();

        Assert.Equal(["Text one.", "Text two."], articles.Select(a => a.Body));
        Assert.Equal(["The Courier", "The Courier"], articles.Select(a => a.Outlet));
        Assert.Equal(["Title one", "Title two"], articles.Select(a => a.Title));
        Assert.Equal(3, articles[0].Warnings.Count);
        Assert.Contains("columns 'source', 'domain' could each be the outlet; 'source' was used (--map outlet=domain picks another)", articles[0].Warnings[0]);
        Assert.Contains("columns 'title', 'headline' could each be the title; 'title' was used", articles[0].Warnings[1]);
        Assert.Contains("columns 'text', 'body_text' could each be the text; 'text' was used (--map text=body_text picks another)", articles[0].Warnings[2]);
        Assert.Empty(articles[1].Warnings);
    }

    [Fact]
    public void A_column_mapped_to_one_field_is_not_also_read_as_the_field_its_name_suggests()
    {
        corpus.Write("data.csv", "outlet,headline,story\nThe Courier,Bridge reopens,The bridge reopened on Monday.\n");
        var options = new ReaderOptions { ColumnMap = new Dictionary<ArticleField, string> { [ArticleField.Text] = "story" } };

        var article = corpus.ReadFile("data.csv", options).SingleArticle();

        Assert.Equal(("The bridge reopened on Monday.", null), (article.Body, article.Story));
    }

    [Fact]
    public void A_mapped_field_is_not_ambiguous()
    {
        corpus.Write("data.csv", "outlet,body_text,text\nThe Courier,Body text.,Text.\n");
        var options = new ReaderOptions { ColumnMap = new Dictionary<ArticleField, string> { [ArticleField.Text] = "body_text" } };

        var article = corpus.ReadFile("data.csv", options).SingleArticle();

        Assert.Equal("Body text.", article.Body);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Map_overrides_the_recognised_columns()
    {
        corpus.Write("data.csv", "outlet,text,paper,story text\nIgnored,Ignored text,Karvania Today,The mapped text.\n");
        var options = new ReaderOptions
        {
            ColumnMap = new Dictionary<ArticleField, string> { [ArticleField.Outlet] = "paper", [ArticleField.Text] = "story text" },
        };

        var article = corpus.ReadFile("data.csv", options).SingleArticle();

        Assert.Equal(("Karvania Today", "The mapped text."), (article.Outlet, article.Body));
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_one_problem_naming_it_and_the_columns()
    {
        corpus.Write("data.csv", "outlet,text\nA,Text one.\nB,Text two.\n");
        var options = new ReaderOptions { ColumnMap = new Dictionary<ArticleField, string> { [ArticleField.Text] = "body_text" } };

        var problem = corpus.ReadFile("data.csv", options).SingleProblem();

        Assert.Equal("mapped_column_missing", problem.Reason);
        Assert.Contains("'body_text'", problem.Detail);
        Assert.Contains("'outlet', 'text'", problem.Detail);
    }

    [Theory]
    [InlineData(";")]
    [InlineData("\t")]
    public void The_delimiter_is_detected_from_the_header(string delimiter)
    {
        corpus.Write("data.csv", string.Join(delimiter, "outlet", "title", "text") + "\n"
            + string.Join(delimiter, "Outlet, Inc.", "Title", "\"Text; with, delimiters\"") + "\n");

        var article = corpus.ReadFile("data.csv").SingleArticle();

        Assert.Equal(("Outlet, Inc.", "Text; with, delimiters"), (article.Outlet, article.Body));
    }

    [Fact]
    public void A_quoted_field_may_span_lines_and_origins_name_the_line_where_each_record_starts()
    {
        corpus.Write("data.csv", "outlet,text\r\nA,\"Para one.\r\n\r\nPara two.\"\r\n\r\nB,Single line.\r\n");

        var articles = corpus.ReadFile("data.csv").Articles();

        Assert.Equal(["Para one.\n\nPara two.", "Single line."], articles.Select(article => article.Body));
        Assert.Equal([":2", ":6"], articles.Select(article => article.Origin[article.Origin.LastIndexOf(':')..]));
    }

    [Fact]
    public void A_broken_quote_is_reported_at_its_line_and_the_rows_around_it_are_kept()
    {
        corpus.Write("data.csv", """
            outlet,title,text
            A,One,First text.
            B,"Two,Second text that never closes its quote.
            C,Three,Third text.
            D,Four,"Fourth text, quoted."
            E,Five,Fifth text.
            """);

        var items = corpus.ReadFile("data.csv");

        var problem = Assert.Single(items.Problems());
        Assert.Equal("broken_quote", problem.Reason);
        Assert.EndsWith("data.csv:3", problem.Origin);
        Assert.Contains("line 3", problem.Detail);
        Assert.Equal(["A", "C", "D", "E"], items.Articles().Select(article => article.Outlet));
        Assert.EndsWith("data.csv:6", items.Articles()[^1].Origin);
    }

    [Fact]
    public void A_broken_quote_in_the_last_column_does_not_swallow_the_rest_of_a_long_file()
    {
        var csv = new StringBuilder("outlet,text\nA,First.\nB,\"never closed\n");
        for (var row = 0; row < 2000; row++)
        {
            csv.Append("C,Row ").Append(row).Append(" text.\n");
        }
        corpus.Write("data.csv", csv.ToString());

        var items = corpus.ReadFile("data.csv");

        Assert.EndsWith("data.csv:3", Assert.Single(items.Problems()).Origin);
        Assert.Equal(2001, items.Articles().Count);
        Assert.EndsWith("data.csv:2003", items.Articles()[^1].Origin);
    }

    [Fact]
    public void A_file_without_a_text_column_is_one_problem()
    {
        corpus.Write("data.csv", "outlet,title\nA,One\nB,Two\n");

        var problem = corpus.ReadFile("data.csv").SingleProblem();

        Assert.Equal("no_text_column", problem.Reason);
        Assert.EndsWith("data.csv", problem.Origin);
    }

    [Fact]
    public void A_row_with_no_outlet_is_skipped_and_the_others_are_kept()
    {
        corpus.Write("data.csv", "outlet,text\nA,One.\n  ,Two.\nC,Three.\n");

        var items = corpus.ReadFile("data.csv");

        var problem = Assert.Single(items.Problems());
        Assert.Equal("no_outlet", problem.Reason);
        Assert.EndsWith("data.csv:3", problem.Origin);
        Assert.Equal(["A", "C"], items.Articles().Select(article => article.Outlet));
    }

    [Fact]
    public void A_row_with_empty_text_is_skipped_as_no_text()
    {
        corpus.Write("data.csv", "outlet,text\nA,\nB,Two.\n");

        var items = corpus.ReadFile("data.csv");

        Assert.Equal(("no_text", true), (Assert.Single(items.Problems()).Reason, items.Problems()[0].Origin.EndsWith(":2", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_csv_in_an_outlet_folder_uses_the_folder_as_the_outlet_of_rows_that_name_none()
    {
        corpus.Write("Karvania Today/export.csv", "title,text\nOne,Text one.\n");

        var article = corpus.Read().SingleArticle();

        Assert.Equal(("Karvania Today", "corpus/Karvania Today/export.csv:2"), (article.Outlet, article.Origin));
    }

    [Fact]
    public void A_csv_without_outlet_column_outside_an_outlet_folder_is_one_problem()
    {
        corpus.Write("data.csv", "title,text\nOne,Text one.\nTwo,Text two.\n");

        Assert.Equal("no_outlet_column", corpus.ReadFile("data.csv").SingleProblem().Reason);
    }

    [Theory]
    [InlineData("A,One.,extra", "field_count")]
    [InlineData("A,\"One.\"x", "bad_data")]
    public void A_malformed_one_line_row_is_skipped_with_its_reason(string row, string reason)
    {
        corpus.Write("data.csv", $"outlet,text\n{row}\nB,Two.\n");

        var items = corpus.ReadFile("data.csv");

        Assert.Equal((reason, true), (Assert.Single(items.Problems()).Reason, items.Problems()[0].Origin.EndsWith(":2", StringComparison.Ordinal)));
        Assert.Equal("B", Assert.Single(items.Articles()).Outlet);
    }

    [Fact]
    public void A_stray_quote_inside_an_unquoted_field_is_kept_with_a_warning()
    {
        corpus.Write("data.csv", "outlet,text\nA,He said \"no\" twice.\n");

        var article = corpus.ReadFile("data.csv").SingleArticle();

        Assert.Equal("He said \"no\" twice.", article.Body);
        Assert.Single(article.Warnings);
    }

    [Fact]
    public void A_header_with_100000_columns_is_read()
    {
        var header = string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"c{i}")) + ",outlet,text";
        var row = new string(',', 100_000) + "Wide Outlet,Wide text.";
        corpus.Write("wide.csv", header + "\n" + row + "\n");

        var article = corpus.ReadFile("wide.csv").SingleArticle();

        Assert.Equal(("Wide Outlet", "Wide text."), (article.Outlet, article.Body));
    }

    [Fact]
    public void A_50_MB_cell_is_read()
    {
        var path = Path.Combine(corpus.Root, "huge.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("outlet,text\nA,\"");
            var block = new string('x', 1024 * 1024);
            for (var i = 0; i < 50; i++)
            {
                writer.Write(block);
            }
            writer.Write("\"\nB,Small.\n");
        }

        var articles = corpus.ReadFile("huge.csv").Articles();

        Assert.Equal(50 * 1024 * 1024, articles[0].Body.Length);
        Assert.Equal("Small.", articles[1].Body);
    }
}
