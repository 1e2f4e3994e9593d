using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Tests.Aggregation;
using static FramingAnalyzer.Tests.Aggregation.ScoredArticles;

namespace FramingAnalyzer.Tests.Statistics;

public class StoryMatchedComparisonsTests
{
    private static readonly ScoreSchema Schema = ScoredArticles.Schema();

    // Daily quotes a quarter of its words, Herald half.
    private static ArticleAnalysis Article(string id, string outlet, double words, string? story) =>
        Make(Schema, id, outlet, w =>
        {
            w.Set(Words, words);
            w.SetRatio(QuotedShare, words * (outlet == "Daily" ? 0.25 : 0.5), words);
        }, story);

    // Shared by Daily and Herald: s1 (Daily 100 and 200 → mean 150, Herald 100), s2 (300 vs 200), s3 (50 vs 80).
    // Word differences 50, 100, −30: mean 40; sign flips of (50, 100, −30) give |sums| 120, 20, 80, 180, 180, 80, 20, 120
    // → 4 of 8 reach 120: p = 0.5.  Share differences −0.25 on every story: only all-same signs reach |−0.75|: p = 0.25.
    // Not shared: s4 (Daily only), s5 (Herald only), and articles without a story. Post shares only s1 with each.
    private static Aggregator Stories()
    {
        var aggregator = new Aggregator(Schema, resamples: 100);
        foreach (var article in new[]
        {
            Article("d1", "Daily", 100, "s1"), Article("d2", "Daily", 200, "s1"), Article("d3", "Daily", 300, "s2"),
            Article("d4", "Daily", 50, "s3"), Article("d5", "Daily", 1000, "s4"), Article("d6", "Daily", 5000, null),
            Article("h1", "Herald", 100, "s1"), Article("h2", "Herald", 200, "s2"), Article("h3", "Herald", 80, "s3"),
            Article("h4", "Herald", 7, "s5"), Article("h5", "Herald", 9000, null),
            Article("p1", "Post", 10, "s1"), Article("p2", "Post", 20, "s9"),
        })
        {
            aggregator.Add(article);
        }
        return aggregator;
    }

    [Fact]
    public void Compares_only_on_stories_both_outlets_covered_and_only_with_at_least_two()
    {
        var rows = StoryMatchedComparisons.Compare(Stories());

        Assert.Equal([("words", "Daily", "Herald", 3), ("quoted_share", "Daily", "Herald", 3)],
            rows.Select(r => (r.Metric, r.OutletA, r.OutletB, r.Stories)));
    }

    [Fact]
    public void Words_by_hand()
    {
        var words = StoryMatchedComparisons.Compare(Stories()).Single(r => r.Metric == "words");

        Assert.Equal(40, words.MeanDiff, 9);
        Assert.Equal(0.5, words.PValue);
        Assert.InRange(words.DiffCi.Low, -30, 40);
        Assert.InRange(words.DiffCi.High, 40, 100);
    }

    [Fact]
    public void Shares_by_hand_and_Benjamini_Hochberg_across_the_table()
    {
        var rows = StoryMatchedComparisons.Compare(Stories());
        var share = rows.Single(r => r.Metric == "quoted_share");

        Assert.Equal(-0.25, share.MeanDiff, 9);
        Assert.Equal(0.25, share.PValue);
        Assert.Equal(-0.25, share.DiffCi.Low, 9);  // every resample of identical differences has the same mean
        Assert.Equal(-0.25, share.DiffCi.High, 9);
        // p = (0.5, 0.25): BH gives 2·0.25/1 = 0.5 and min(0.5, 2·0.5/2) = 0.5.
        Assert.All(rows, r => Assert.Equal(0.5, r.PAdjusted, 12));
    }

    [Fact]
    public void Story_where_one_outlet_has_no_defined_value_is_left_out_for_that_metric_only()
    {
        var aggregator = Stories();
        aggregator.Add(Article("d7", "Daily", 0, "s6"));    // 0 words: the quoted share is undefined
        aggregator.Add(Article("h6", "Herald", 10, "s6"));

        var rows = StoryMatchedComparisons.Compare(aggregator);

        Assert.Equal(4, rows.Single(r => r.Metric == "words").Stories);
        Assert.Equal(3, rows.Single(r => r.Metric == "quoted_share").Stories);
    }
}
