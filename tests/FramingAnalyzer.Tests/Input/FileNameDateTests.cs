namespace FramingAnalyzer.Tests.Input;

/// <summary>A text article without a date in its front matter takes an ISO date (YYYY-MM-DD) from its file name.</summary>
public sealed class FileNameDateTests : IDisposable
{
    private readonly TempCorpus corpus = new("news");

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData("wire_2016-09-12_council-vote.txt", "2016-09-12")]
    [InlineData("2026-03-03-market-shelling.txt", "2026-03-03")]
    [InlineData("report-2019-02-28.md", "2019-02-28")]
    [InlineData("a_2015-13-01_then_2016-01-05.txt", "2016-01-05")] // the first real day
    public void An_iso_date_in_the_file_name_is_the_article_date(string file, string date)
    {
        corpus.Write("Outlet/" + file, "The council met on Monday.");

        Assert.Equal(date, corpus.Read().SingleArticle().Date);
    }

    [Theory]
    [InlineData("story-20160912.txt")]
    [InlineData("story-2016-02-30.txt")]
    [InlineData("id-12016-09-12.txt")]
    [InlineData("plain.txt")]
    public void A_name_without_a_real_iso_date_leaves_the_article_undated(string file)
    {
        corpus.Write("Outlet/" + file, "The council met on Monday.");

        Assert.Null(corpus.Read().SingleArticle().Date);
    }

    [Fact]
    public void A_front_matter_date_wins_over_the_file_name()
    {
        corpus.Write("Outlet/2016-09-12-council.txt", "---\ndate: 2017-01-02\n---\nThe council met on Monday.");

        Assert.Equal("2017-01-02", corpus.Read().SingleArticle().Date);
    }

    [Fact]
    public void A_folder_name_with_a_date_does_not_date_the_articles_in_it()
    {
        corpus.Write("Outlet/2016-09-12/council.txt", "The council met on Monday.");

        Assert.Null(corpus.Read().SingleArticle().Date);
    }
}
