using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Tests.Aggregation;

/// <summary>The scatter chart's per-outlet sample: the articles with the smallest id hashes, whatever the order or split.</summary>
public class ArticleSampleTests
{
    private static ArticlePoint Point(int i) => new(PoissonWeights.Hash($"a{i}"), $"a{i}", [i]);

    [Fact]
    public void Below_the_limit_every_article_is_kept()
    {
        var sample = new ArticleSample();
        for (int i = 0; i < 50; i++) sample.Add(Point(i));

        Assert.Equal(50, sample.Points.Count);
    }

    [Fact]
    public void Beyond_the_limit_it_keeps_the_smallest_keys_whatever_the_order_or_split()
    {
        var points = Enumerable.Range(0, 5_000).Select(Point).ToArray();
        var expected = points.OrderBy(p => p.Key).Take(ArticleSample.Limit).Select(p => p.Id).ToArray();

        var forward = new ArticleSample();
        foreach (var p in points) forward.Add(p);
        var first = new ArticleSample();
        var second = new ArticleSample();
        foreach (var p in points.Reverse()) (p.Values[0] % 3 == 0 ? first : second).Add(p);
        second.Merge(first);

        Assert.Equal(expected, forward.Points.Select(p => p.Id));
        Assert.Equal(expected, second.Points.Select(p => p.Id));
    }
}
