using System.Globalization;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Aggregation;

/// <summary>
/// Mergeability: partial Aggregators over any split of the articles, filled and merged in any order, give bit for bit the
/// state and the tables of one Aggregator over everything.
/// </summary>
public class MergeTests
{
    private static readonly ScoreSchema Schema = ScoredArticles.Schema();
    private static readonly IReadOnlyList<ArticleAnalysis> Articles = MakeArticles(90);

    /// <summary>Three outlets, eight stories (or <paramref name="stories"/>; some articles without one), dates, fractional values, undefined shares and term hits.</summary>
    private static List<ArticleAnalysis> MakeArticles(int count, int stories = 8)
    {
        var random = new SeededRandom(42);
        string[] outlets = ["Daily", "Herald", "Post"];
        var articles = new List<ArticleAnalysis>();
        for (int i = 0; i < count; i++)
        {
            double words = random.Next(10) == 0 ? 0 : Math.Round(50 + random.NextDouble() * 750, 3);
            double quoted = Math.Floor(words * random.NextDouble() * 0.6);
            int sources = random.Next(7), official = sources == 0 ? 0 : random.Next(sources + 1);
            int expert = sources - official == 0 ? 0 : random.Next(sources - official + 1);
            string? story = random.Next(5) == 0 ? null : $"story-{random.Next(stories)}";
            string date = $"2024-03-{1 + random.Next(28):D2}";
            var analysis = ScoredArticles.Make(Schema, $"art-{i:D3}", outlets[random.Next(3)], words, quoted, official, expert, sources, story, date);
            for (int h = random.Next(4); h > 0; h--)
            {
                analysis.TermHits.Add(ScoredArticles.Hit(random.Next(2) == 0 ? "regime" : "slammed", inQuote: random.Next(3) == 0,
                    family: random.Next(4) == 0 ? "government" : ""));
            }
            articles.Add(analysis);
        }
        return articles;
    }

    private static Aggregator Fill(IEnumerable<ArticleAnalysis> articles, int storiesInMemory = StoryLedger.DefaultMemoryLimit)
    {
        var aggregator = new Aggregator(Schema, resamples: 400, storiesInMemory: storiesInMemory);
        foreach (var article in articles) aggregator.Add(article);
        return aggregator;
    }

    private static List<ArticleAnalysis> Part(Func<int, bool> keep) => Articles.Where((_, i) => keep(i)).ToList();

    private static Aggregator Merged(string split)
    {
        switch (split)
        {
            case "halves":
            {
                var first = Fill(Part(i => i < 45));
                first.Merge(Fill(Part(i => i >= 45)));
                return first;
            }
            case "halves, second absorbs first":
            {
                var second = Fill(Part(i => i >= 45));
                second.Merge(Fill(Part(i => i < 45)));
                return second;
            }
            case "thirds interleaved, each reversed, into an empty one":
            {
                var parts = Enumerable.Range(0, 3).Select(r => Fill(Part(i => i % 3 == r).AsEnumerable().Reverse())).ToArray();
                var total = Fill([]);
                foreach (int r in new[] { 2, 0, 1 }) total.Merge(parts[r]);
                return total;
            }
            case "uneven thirds merged as a tree":
            {
                var small = Fill(Part(i => i < 10));
                var large = Fill(Part(i => i >= 10 && i < 80));
                var last = Fill(Part(i => i >= 80));
                last.Merge(small);
                large.Merge(last);
                return large;
            }
            case "one per outlet, with an empty one":
            {
                var total = Fill([]);
                foreach (var group in Articles.GroupBy(a => a.Article.Outlet).Reverse()) total.Merge(Fill(group));
                total.Merge(Fill([]));
                return total;
            }
            default: throw new ArgumentOutOfRangeException(nameof(split));
        }
    }

    [Theory]
    [InlineData("halves")]
    [InlineData("halves, second absorbs first")]
    [InlineData("thirds interleaved, each reversed, into an empty one")]
    [InlineData("uneven thirds merged as a tree")]
    [InlineData("one per outlet, with an empty one")]
    public void Merged_partials_give_the_state_of_one_pass(string split) =>
        Assert.Equal(Fingerprint.State(Fill(Articles)), Fingerprint.State(Merged(split)));

    [Theory]
    [InlineData("halves")]
    [InlineData("halves, second absorbs first")]
    [InlineData("thirds interleaved, each reversed, into an empty one")]
    [InlineData("uneven thirds merged as a tree")]
    [InlineData("one per outlet, with an empty one")]
    public void Merged_partials_give_the_tables_of_one_pass(string split) =>
        Assert.Equal(Fingerprint.Tables(Fill(Articles)), Fingerprint.Tables(Merged(split)));

    /// <summary>
    /// Beyond the bounded-memory limits (more than ValueSample.ExactLimit articles per outlet, story tallies spilled to disk
    /// in some partials and not in others), merged partials still give the tables of one pass.
    /// </summary>
    [Fact]
    public void Beyond_the_memory_bounds_merged_partials_give_the_tables_of_one_pass()
    {
        var articles = MakeArticles(3_600, stories: 400);
        var single = Fill(articles, storiesInMemory: 64);
        Assert.True(single.Stories.HasSpilled);
        Assert.All(single.Outlets.Values, o => Assert.All(o.Distributions, d => Assert.False(d.IsExact)));

        var parts = Enumerable.Range(0, 3).Select(r => Fill(articles.Where((_, i) => i % 3 == r).Reverse(), storiesInMemory: r == 1 ? 100_000 : 16)).ToArray();
        var total = Fill([]);
        foreach (int r in new[] { 2, 0, 1 }) total.Merge(parts[r]);

        Assert.Equal(Fingerprint.State(single), Fingerprint.State(total));
        Assert.Equal(Fingerprint.Tables(single), Fingerprint.Tables(total));
    }

    // Regression: Merge used to adopt the other aggregator's term and story tallies for keys it did not have yet, so a later
    // merge into the total also added to the partial (and merging the same partials again gave different totals).
    [Fact]
    public void Merging_leaves_the_merged_in_aggregators_unchanged()
    {
        var parts = Enumerable.Range(0, 3).Select(r => Fill(Part(i => i % 3 == r))).ToArray();
        var before = parts.Select(Fingerprint.State).ToArray();

        var total = Fill([]);
        foreach (var part in parts) total.Merge(part);
        total.Add(ScoredArticles.Make(Schema, "late", "Daily", 100, 10, 1, 1, 2, "story-1"));

        for (int r = 0; r < parts.Length; r++) Assert.Equal(before[r], Fingerprint.State(parts[r]));
    }

    [Fact]
    public void The_same_partials_merged_in_two_orders_agree()
    {
        var parts = Enumerable.Range(0, 3).Select(r => Fill(Part(i => i % 3 == r))).ToArray();
        var forward = Fill([]);
        foreach (var part in parts) forward.Merge(part);
        var backward = Fill([]);
        foreach (var part in parts.Reverse()) backward.Merge(part);

        Assert.Equal(Fingerprint.Tables(Fill(Articles)), Fingerprint.Tables(forward));
        Assert.Equal(Fingerprint.Tables(Fill(Articles)), Fingerprint.Tables(backward));
    }

    [Fact]
    public void Aggregations_with_different_seeds_resamples_or_analyzers_do_not_merge()
    {
        var aggregator = new Aggregator(Schema, seed: 1, resamples: 100);

        Assert.Throws<InvalidOperationException>(() => aggregator.Merge(new Aggregator(Schema, seed: 2, resamples: 100)));
        Assert.Throws<InvalidOperationException>(() => aggregator.Merge(new Aggregator(Schema, seed: 1, resamples: 200)));
        var other = ScoredArticles.Schema(new MetricDefinition("words", "Words."));
        Assert.Throws<InvalidOperationException>(() => aggregator.Merge(new Aggregator(other, seed: 1, resamples: 100)));
    }
}

/// <summary>Everything an aggregation holds or produces, one line per record, every double as its 64 bits.</summary>
internal static class Fingerprint
{
    public static List<string> State(Aggregator aggregator)
    {
        var lines = new List<string>();
        foreach (var (name, outlet) in aggregator.Outlets)
        {
            lines.Add($"{name}: articles {outlet.Articles}; dates {string.Join(",", outlet.Dates)}");
            for (int m = 0; m < outlet.Metrics.Length; m++)
            {
                var acc = outlet.Metrics[m];
                lines.Add($"{name} metric {m}: {acc.Count} {acc.ValueSum} {acc.NumeratorSum} {acc.DenominatorSum}");
                if (acc.MeanResamples is not null) lines.Add($"{name} metric {m} mean resamples: {Sums(acc.MeanResamples)}");
                if (acc.PooledResamples is not null) lines.Add($"{name} metric {m} pooled resamples: {Sums(acc.PooledResamples)}");
            }
            for (int p = 0; p < outlet.Distributions.Length; p++)
            {
                var sample = outlet.Distributions[p];
                var kept = sample.IsExact ? string.Join(",", sample.SortedValues().Select(v => Bits((float)v))) : "bins";
                var bins = string.Join(",", sample.Bins().Select(b => $"{b.Count}:{Bits(b.Min)}-{Bits(b.Max)}"));
                lines.Add($"{name} distribution {p}: {sample.Count} {sample.Sum} {sample.SumOfSquares} {kept} / {bins}");
            }
            foreach (var point in outlet.Sample.Points)
            {
                lines.Add($"{name} point {point.Key:X16} {point.Id} {string.Join(",", point.Values.Select(Bits))}");
            }
            foreach (var (key, tally) in outlet.Terms)
            {
                lines.Add($"{name} term {key.Replace('\u0001', '|')}: {tally.Category} {tally.Family} {tally.Choice} {tally.Count} {tally.OwnVoice} {tally.Quoted} {tally.Articles}");
            }
        }
        foreach (var story in aggregator.Stories.Stories())
        {
            foreach (var (outlet, tally) in story.Outlets)
            {
                lines.Add($"{outlet} story {story.Story}: {string.Join(",", tally.Counts)} / {string.Join(",", tally.Sums)}");
            }
        }
        return lines;
    }

    private static string Bits(float v) => BitConverter.SingleToInt32Bits(v).ToString("X8", CultureInfo.InvariantCulture);

    public static List<string> Tables(Aggregator aggregator) =>
    [
        .. OutletSummaries.Summarise(aggregator).Select(Row),
        .. OutletSummaries.Mixes(aggregator).Select(Row),
        .. OutletComparisons.Compare(aggregator, permutations: 500).Select(Row),
        .. StoryMatchedComparisons.Compare(aggregator, resamples: 200).Select(Row),
        .. TermRows.Build(aggregator).Select(Row),
    ];

    private static string Sums(BootstrapSums sums) => string.Join(",", sums.Numerators) + " / " + string.Join(",", sums.Denominators);

    /// <summary>A record's properties in declaration order; doubles (also inside intervals) as their exact bits.</summary>
    public static string Row(object row) =>
        row.GetType().Name + "(" + string.Join(", ", row.GetType().GetProperties().Select(p => p.Name + " = " + Value(p.GetValue(row)))) + ")";

    private static string Value(object? value) => value switch
    {
        double d => BitConverter.DoubleToInt64Bits(d).ToString("X16", CultureInfo.InvariantCulture),
        Interval i => $"[{Value(i.Low)}, {Value(i.High)}]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "null",
    };
}
