using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Tests.Aggregation;
using static FramingAnalyzer.Tests.Aggregation.ScoredArticles;

namespace FramingAnalyzer.Tests.Statistics;

public class OutletSummariesTests
{
    private static readonly ScoreSchema Schema = ScoredArticles.Schema();

    // Daily, by hand (values chosen exact in binary):
    //   d1: 100 words, 25 quoted (0.25); 1 official and 2 expert of 4 sources
    //   d2: 300 words, 225 quoted (0.75); 3 official and 0 expert of 4 sources
    //   d3:   0 words, 0 quoted (undefined); no sources (undefined)
    // words: mean 400/3, median 100.  quoted_share: mean of the two defined shares 0.5 (not 1/3: d3 is left out),
    // pooled (25 + 225 + 0)/(100 + 300 + 0) = 0.625 over all three articles.  Mix: official 4/8, expert 2/8.
    private static Aggregator Daily()
    {
        var aggregator = new Aggregator(Schema, resamples: 500);
        aggregator.Add(Make(Schema, "d1", "Daily", words: 100, quoted: 25, official: 1, expert: 2, sources: 4));
        aggregator.Add(Make(Schema, "d2", "Daily", words: 300, quoted: 225, official: 3, expert: 0, sources: 4));
        aggregator.Add(Make(Schema, "d3", "Daily", words: 0, quoted: 0, official: 0, expert: 0, sources: 0));
        aggregator.Add(Make(Schema, "p1", "Post", words: 64, quoted: 16, official: 1, expert: 1, sources: 2));
        return aggregator;
    }

    [Fact]
    public void Summarise_gives_one_row_per_outlet_and_articles_table_metric()
    {
        var rows = OutletSummaries.Summarise(Daily());

        Assert.Equal([("Daily", "words"), ("Daily", "quoted_share"), ("Post", "words"), ("Post", "quoted_share")],
            rows.Select(r => (r.Outlet, r.Metric)));
    }

    [Fact]
    public void Value_metric_has_mean_and_median_but_no_pooled_value()
    {
        var words = OutletSummaries.Summarise(Daily()).Single(r => r.Outlet == "Daily" && r.Metric == "words");

        Assert.Equal(3, words.Articles);
        Assert.Equal(400.0 / 3, words.Mean);
        Assert.Equal(100, words.Median);
        Assert.True(double.IsNaN(words.Pooled));
        Assert.Equal(Interval.None, words.PooledCi);
    }

    [Fact]
    public void Undefined_share_is_left_out_of_the_mean_and_median_but_the_article_stays_in_the_pooled_ratio()
    {
        var share = OutletSummaries.Summarise(Daily()).Single(r => r.Outlet == "Daily" && r.Metric == "quoted_share");

        Assert.Equal(2, share.Articles);
        Assert.Equal(0.5, share.Mean);
        Assert.Equal(0.5, share.Median);
        Assert.Equal(0.625, share.Pooled);
    }

    [Fact]
    public void Intervals_contain_their_estimates()
    {
        foreach (var row in OutletSummaries.Summarise(Daily()).Where(r => r.Outlet == "Daily"))
        {
            Assert.InRange(row.Mean, row.MeanCi.Low, row.MeanCi.High);
            if (!double.IsNaN(row.Pooled)) Assert.InRange(row.Pooled, row.PooledCi.Low, row.PooledCi.High);
        }
    }

    [Fact]
    public void Mean_interval_is_the_percentile_interval_of_the_Poisson_weighted_means()
    {
        // Recomputed independently: resample b's mean is Σ w_b(id)·x / Σ w_b(id) over the articles with a defined value.
        var aggregator = Daily();
        var words = OutletSummaries.Summarise(aggregator).Single(r => r.Outlet == "Daily" && r.Metric == "words");
        var share = OutletSummaries.Summarise(aggregator).Single(r => r.Outlet == "Daily" && r.Metric == "quoted_share");

        AssertInterval(Recomputed(aggregator, [("d1", 100, 1), ("d2", 300, 1), ("d3", 0, 1)]), words.MeanCi);
        AssertInterval(Recomputed(aggregator, [("d1", 0.25, 1), ("d2", 0.75, 1)]), share.MeanCi);
        AssertInterval(Recomputed(aggregator, [("d1", 25, 100), ("d2", 225, 300), ("d3", 0, 0)]), share.PooledCi);
    }

    private static Interval Recomputed(Aggregator aggregator, (string Id, double Numerator, double Denominator)[] articles)
    {
        var weights = articles.Select(a =>
        {
            var w = new byte[aggregator.Resamples];
            PoissonWeights.Fill(a.Id, aggregator.Seed, w);
            return w;
        }).ToArray();
        var statistics = new List<double>();
        for (int b = 0; b < aggregator.Resamples; b++)
        {
            double numerator = 0, denominator = 0;
            for (int k = 0; k < articles.Length; k++)
            {
                numerator += weights[k][b] * articles[k].Numerator;
                denominator += weights[k][b] * articles[k].Denominator;
            }
            if (denominator > 0) statistics.Add(numerator / denominator);
        }
        statistics.Sort();
        return Interval.Percentile(statistics);
    }

    private static void AssertInterval(Interval expected, Interval actual)
    {
        Assert.Equal(expected.Low, actual.Low, 1e-12);
        Assert.Equal(expected.High, actual.High, 1e-12);
    }

    [Fact]
    public void Mixes_pool_each_category_over_the_outlets_articles()
    {
        var rows = OutletSummaries.Mixes(Daily());

        Assert.Equal(
        [
            new MixShare("source_type", "Daily", "official", 4, 8, 0.5, rows[0].ShareCi, 3),
            new MixShare("source_type", "Daily", "expert", 2, 8, 0.25, rows[1].ShareCi, 3),
            new MixShare("source_type", "Post", "official", 1, 2, 0.5, rows[2].ShareCi, 1),
            new MixShare("source_type", "Post", "expert", 1, 2, 0.5, rows[3].ShareCi, 1),
        ], rows);
        Assert.InRange(0.5, rows[0].ShareCi.Low, rows[0].ShareCi.High);
    }

    [Fact]
    public void A_category_omitted_when_absent_leaves_the_mix_only_when_no_outlet_has_any()
    {
        var side = new MetricDefinition("affiliation_government_share", "Government.", MetricKind.Ratio) { Group = "affiliation", Category = "government", InArticlesTable = false };
        var russia = new MetricDefinition("affiliation_russia_share", "Russia.", MetricKind.Ratio) { Group = "affiliation", Category = "russia", InArticlesTable = false, OmittedWhenAbsent = true };
        var turkey = russia with { Name = "affiliation_turkey_share", Category = "turkey" };
        var schema = Schema(side, russia, turkey);
        var aggregator = new Aggregator(schema, resamples: 50);
        aggregator.Add(Make(schema, "a1", "Daily", w =>
        {
            w.SetRatio(new MetricHandle(0), 0, 2);
            w.SetRatio(new MetricHandle(1), 2, 2);
            w.SetRatio(new MetricHandle(2), 0, 2);
        }));
        aggregator.Add(Make(schema, "b1", "Post", w =>
        {
            w.SetRatio(new MetricHandle(0), 0, 1);
            w.SetRatio(new MetricHandle(1), 0, 1);
            w.SetRatio(new MetricHandle(2), 0, 1);
        }));

        var rows = OutletSummaries.Mixes(aggregator);

        // "government" stays though no outlet has any (a side of the actor list); "russia" stays for both outlets
        // because one has some; "turkey" leaves the table.
        Assert.Equal([("Daily", "government"), ("Daily", "russia"), ("Post", "government"), ("Post", "russia")], rows.Select(r => (r.Outlet, r.Category)));
    }

    [Fact]
    public void Outlet_without_any_defined_value_has_NaN_summaries()
    {
        var aggregator = new Aggregator(Schema, resamples: 100);
        aggregator.Add(Make(Schema, "e1", "Empty", words: 0, quoted: 0, official: 0, expert: 0, sources: 0));

        var share = OutletSummaries.Summarise(aggregator).Single(r => r.Metric == "quoted_share");

        Assert.Equal(0, share.Articles);
        Assert.True(double.IsNaN(share.Mean) && double.IsNaN(share.Median) && double.IsNaN(share.Pooled));
        Assert.Equal(Interval.None, share.MeanCi);
        Assert.Equal(Interval.None, share.PooledCi);
    }
}

public class TermRowsTests
{
    private static readonly ScoreSchema Schema = ScoredArticles.Schema();

    [Fact]
    public void Terms_are_counted_per_outlet_and_rated_per_1000_words()
    {
        var aggregator = new Aggregator(Schema, resamples: 10);
        var first = Make(Schema, "d1", "Daily", words: 100, quoted: 0, official: 0, expert: 0, sources: 0);
        first.TermHits.AddRange([Hit("regime", inQuote: false), Hit("regime", inQuote: true), Hit("regime", inQuote: false)]);
        var second = Make(Schema, "d2", "Daily", words: 300, quoted: 0, official: 0, expert: 0, sources: 0);
        second.TermHits.AddRange([Hit("regime", inQuote: false), Hit("regime", inQuote: false, category: "", family: "government")]);
        aggregator.Add(first);
        aggregator.Add(second);

        var rows = TermRows.Build(aggregator);

        // 400 words in all: "regime" 4 times (3 own voice, 1 quoted) in 2 articles → 10 per 1,000 words;
        // as a choice in the "government" family once → 2.5 per 1,000 words.
        Assert.Equal(
        [
            new TermRow("Daily", "regime", "loaded", "", 4, 3, 1, 2, 10),
            new TermRow("Daily", "regime", "", "government", 1, 1, 0, 1, 2.5),
        ], rows);
    }
}
