using FramingAnalyzer.Model;

namespace FramingAnalyzer.Tests.Input;

/// <summary>Assertions on read results that keep the tests short.</summary>
public static class ReadItemAssertions
{
    public static List<Article> Articles(this IEnumerable<ReadItem> items) =>
        [.. items.Where(item => item.Article is not null).Select(item => item.Article!)];

    public static List<InputProblem> Problems(this IEnumerable<ReadItem> items) =>
        [.. items.Where(item => item.Problem is not null).Select(item => item.Problem!)];

    public static Article SingleArticle(this IEnumerable<ReadItem> items)
    {
        var list = items.ToList();
        Assert.All(list, item => Assert.Null(item.Problem));
        return Assert.Single(list.Articles());
    }

    public static InputProblem SingleProblem(this IEnumerable<ReadItem> items)
    {
        var list = items.ToList();
        Assert.Empty(list.Articles());
        return Assert.Single(list.Problems());
    }
}
