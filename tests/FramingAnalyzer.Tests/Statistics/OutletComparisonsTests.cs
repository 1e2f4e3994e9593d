using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Tests.Aggregation;
using static FramingAnalyzer.Tests.Aggregation.ScoredArticles;

namespace FramingAnalyzer.Tests.Statistics;

public class OutletComparisonsTests
{
    private static readonly ScoreSchema Schema = ScoredArticles.Schema();

    // Daily writes 1, 2, 3 words and Post 4, 5, 6; both quote a quarter of their words.
    private static Aggregator TwoOutlets()
    {
        var aggregator = new Aggregator(Schema, resamples: 500);
        foreach (var (id, outlet, words) in new[] { ("d1", "Daily", 1), ("d2", "Daily", 2), ("d3", "Daily", 3), ("p1", "Post", 4), ("p2", "Post", 5), ("p3", "Post", 6) })
        {
            aggregator.Add(Make(Schema, id, outlet, w =>
            {
                w.Set(Words, words);
                w.SetRatio(QuotedShare, words / 4.0, words);
            }));
        }
        return aggregator;
    }

    [Fact]
    public void Compares_each_pair_of_outlets_on_each_articles_table_metric()
    {
        var rows = OutletComparisons.Compare(TwoOutlets());

        Assert.Equal([("words", "Daily", "Post"), ("quoted_share", "Daily", "Post")], rows.Select(r => (r.Metric, r.OutletA, r.OutletB)));
    }

    [Fact]
    public void Words_of_123_against_456_by_hand()
    {
        var words = OutletComparisons.Compare(TwoOutlets()).Single(r => r.Metric == "words");

        Assert.Equal((3, 3), (words.NA, words.NB));
        Assert.Equal(-3, words.Diff);
        Assert.Equal(-1, words.EffectSize);
        // Exact permutation p = 2/20; 5,000 random relabellings.
        Assert.Equal(0.1, words.PValue, PermutationTestTests.Tolerance(0.1, PermutationTest.DefaultPermutations));
        Assert.InRange(words.Diff, words.DiffCi.Low, words.DiffCi.High);
        Assert.InRange(words.DiffCi.Low, -5, -1); // a resample mean lies within its sample's range
        Assert.InRange(words.DiffCi.High, -5, -1);
    }

    [Fact]
    public void Equal_shares_give_no_difference_p_1_and_Benjamini_Hochberg_across_the_table()
    {
        var rows = OutletComparisons.Compare(TwoOutlets());
        var words = rows.Single(r => r.Metric == "words");
        var share = rows.Single(r => r.Metric == "quoted_share");

        Assert.Equal((0.0, 1.0, 0.0), (share.Diff, share.PValue, share.EffectSize));
        Assert.Equal(Math.Min(1, 2 * words.PValue), words.PAdjusted, 15);
        Assert.Equal(1, share.PAdjusted);
    }

    [Fact]
    public void Difference_interval_is_the_percentile_interval_of_the_resample_wise_differences()
    {
        var aggregator = TwoOutlets();
        var words = OutletComparisons.Compare(aggregator).Single(r => r.Metric == "words");

        // Independently: each outlet's resample-b mean from the Poisson weights of its articles, then A − B per resample.
        var daily = ResampleMeans(aggregator, [("d1", 1), ("d2", 2), ("d3", 3)]);
        var post = ResampleMeans(aggregator, [("p1", 4), ("p2", 5), ("p3", 6)]);
        var diffs = daily.Zip(post, (a, b) => a - b).Where(d => !double.IsNaN(d)).Order().ToArray();
        var expected = Interval.Percentile(diffs);

        Assert.Equal(expected.Low, words.DiffCi.Low, 1e-12);
        Assert.Equal(expected.High, words.DiffCi.High, 1e-12);
    }

    [Fact]
    public void Outlet_without_defined_values_is_not_compared_on_that_metric()
    {
        var aggregator = TwoOutlets();
        aggregator.Add(Make(Schema, "x1", "Wire", words: 0, quoted: 0, official: 0, expert: 0, sources: 0));

        var rows = OutletComparisons.Compare(aggregator);

        Assert.Contains(rows, r => r.Metric == "words" && r.OutletB == "Wire");
        Assert.DoesNotContain(rows, r => r.Metric == "quoted_share" && r.OutletB == "Wire");
    }

    private static double[] ResampleMeans(Aggregator aggregator, (string Id, double Value)[] articles)
    {
        var means = new double[aggregator.Resamples];
        var weights = new byte[aggregator.Resamples];
        var sum = new double[aggregator.Resamples];
        var count = new double[aggregator.Resamples];
        foreach (var (id, value) in articles)
        {
            PoissonWeights.Fill(id, aggregator.Seed, weights);
            for (int b = 0; b < weights.Length; b++)
            {
                sum[b] += weights[b] * value;
                count[b] += weights[b];
            }
        }
        for (int b = 0; b < means.Length; b++) means[b] = count[b] == 0 ? double.NaN : sum[b] / count[b];
        return means;
    }
}
