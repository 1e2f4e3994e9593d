using FramingAnalyzer.Input;

namespace FramingAnalyzer.Tests.Input;

public sealed class StdinInputTests
{
    private static List<FramingAnalyzer.Model.ReadItem> ReadStdin(string content, string? format = null)
    {
        var options = new ReaderOptions { Stdin = () => new StringReader(content) };
        if (format is not null)
        {
            options = options with { StdinFormat = format };
        }
        return TempCorpus.Read(["-"], options);
    }

    [Fact]
    public void Stdin_is_read_as_jsonl_by_default()
    {
        var articles = ReadStdin("{\"source\": \"A\", \"content\": \"One.\"}\r\n{\"source\": \"B\", \"content\": \"Two.\"}\r\n").Articles();

        Assert.Equal([("A", "stdin:1"), ("B", "stdin:2")], articles.Select(article => (article.Outlet, article.Origin)));
    }

    [Fact]
    public void Stdin_can_be_csv()
    {
        var article = ReadStdin("outlet;text\nA;One.\n", "csv").SingleArticle();

        Assert.Equal(("A", "One.", "stdin:2"), (article.Outlet, article.Body, article.Origin));
    }

    [Fact]
    public void Stdin_can_be_one_text_article_with_front_matter()
    {
        var article = ReadStdin("---\noutlet: Meridian Wire\n---\nText.", "txt").SingleArticle();

        Assert.Equal(("Meridian Wire", "Text.", "stdin"), (article.Outlet, article.Body, article.Origin));
        Assert.True(article.MayContainPageFurniture);
    }

    [Fact]
    public void Nul_characters_on_stdin_are_removed_with_a_warning()
    {
        var article = ReadStdin("---\noutlet: A\n---\nTe\0xt.", "txt").SingleArticle();

        Assert.Equal("Text.", article.Body);
        Assert.Single(article.Warnings);
    }

    [Theory]
    [InlineData("", "jsonl", 0)]
    [InlineData("  \n", "txt", 1)]
    public void Empty_stdin_yields_no_articles(string content, string format, int problems)
    {
        var items = ReadStdin(content, format);

        Assert.Empty(items.Articles());
        Assert.Equal(problems, items.Problems().Count);
    }

    [Fact]
    public void An_unknown_stdin_format_is_one_problem()
    {
        Assert.Equal("unsupported_format", ReadStdin("x", "xml").SingleProblem().Reason);
    }

    [Fact]
    public void A_dash_without_stdin_is_one_problem()
    {
        Assert.Equal("no_stdin", TempCorpus.Read(["-"]).SingleProblem().Reason);
    }
}
