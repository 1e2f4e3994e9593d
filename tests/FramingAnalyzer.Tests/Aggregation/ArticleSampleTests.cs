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

/// <summary>The scatter chart draws each outlet's sample, not every article, once an outlet has more than the limit.</summary>
public class ScatterSampleTests
{
    [Fact]
    public void An_outlet_beyond_the_limit_is_drawn_as_its_sample()
    {
        var schema = ScoredArticles.Schema(
            new FramingAnalyzer.Analysis.MetricDefinition("source_official_share", "Official share."),
            new FramingAnalyzer.Analysis.MetricDefinition("loaded_per_1k_words", "Loaded terms per 1,000 words."));
        using var aggregator = new Aggregator(schema, resamples: 50);
        FramingAnalyzer.Analysis.MetricHandle official = new(0), loaded = new(1);
        for (int i = 0; i < ArticleSample.Limit + 300; i++)
        {
            aggregator.Add(ScoredArticles.Make(schema, $"big-{i}", "Big", w => { w.Set(official, i % 7 / 7.0); w.Set(loaded, i % 11); }));
        }
        for (int i = 0; i < 40; i++)
        {
            aggregator.Add(ScoredArticles.Make(schema, $"small-{i}", "Small", w => { w.Set(official, 0.5); w.Set(loaded, 1); }));
        }

        var points = FramingAnalyzer.Output.RunCharts.ScatterPoints(FramingAnalyzer.Output.RunResults.Compute(aggregator), "source_official_share", "loaded_per_1k_words");

        Assert.Equal(ArticleSample.Limit, points.Count(p => p.Outlet == "Big"));
        Assert.Equal(40, points.Count(p => p.Outlet == "Small"));
    }
}
