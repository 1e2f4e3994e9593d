using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Statistics;

public class CliffsDeltaTests
{
    [Theory]
    [InlineData(new[] { 2.0, 3 }, new[] { 1.0 }, 1)]                 // every a above every b
    [InlineData(new[] { 1.0 }, new[] { 2.0, 3 }, -1)]                // every a below every b
    [InlineData(new[] { 1.0, 1 }, new[] { 1.0, 1, 1 }, 0)]           // all ties
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 2.0 }, 0)]              // one below, one tie, one above
    [InlineData(new[] { 3.0, 4, 5 }, new[] { 1.0, 4 }, 0.5)]         // 4 greater, 1 tie, 1 less of 6 pairs: (4 − 1)/6
    [InlineData(new[] { 1.0, 3, 5 }, new[] { 2.0, 4, 6 }, -1.0 / 3)] // 3 greater, 6 less of 9: (3 − 6)/9
    public void Of_counts_pairs_by_hand(double[] a, double[] b, double expected) =>
        Assert.Equal(expected, CliffsDelta.Of(a, b), 12);

    [Fact]
    public void Of_an_empty_sample_is_NaN()
    {
        Assert.True(double.IsNaN(CliffsDelta.Of([], [1.0])));
        Assert.True(double.IsNaN(CliffsDelta.Of([1.0], [])));
    }

    [Fact]
    public void Of_agrees_with_counting_every_pair_on_random_data_with_ties()
    {
        var random = new SeededRandom(17);
        for (int trial = 0; trial < 200; trial++)
        {
            // Values from a small range so that ties are common.
            var a = Enumerable.Range(0, 1 + random.Next(40)).Select(_ => (double)random.Next(8)).ToArray();
            var b = Enumerable.Range(0, 1 + random.Next(40)).Select(_ => random.Next(8) / 2.0).ToArray();

            double expected = NaiveDelta(a, b);

            Assert.Equal(expected, CliffsDelta.Of(a, b), 12);
            Assert.Equal(-expected, CliffsDelta.Of(b, a), 12);
        }
    }

    private static double NaiveDelta(double[] a, double[] b)
    {
        long sign = 0;
        foreach (var x in a) foreach (var y in b) sign += Math.Sign(x - y);
        return (double)sign / (a.Length * b.Length);
    }

    private static FramingAnalyzer.Aggregation.ValueSample Sample(IEnumerable<double> values)
    {
        var sample = new FramingAnalyzer.Aggregation.ValueSample();
        foreach (var v in values) sample.Add((float)v);
        return sample;
    }

    [Fact]
    public void OfBins_is_exact_when_every_bin_holds_one_value()
    {
        var random = new SeededRandom(21);
        for (int trial = 0; trial < 50; trial++)
        {
            var a = Enumerable.Range(0, 1 + random.Next(3_000)).Select(_ => (double)random.Next(12)).ToArray();
            var b = Enumerable.Range(0, 1 + random.Next(3_000)).Select(_ => (double)random.Next(12) + 1).ToArray();

            Assert.Equal(CliffsDelta.Of(a, b), CliffsDelta.OfBins(Sample(a).Bins(), Sample(b).Bins()), 12);
        }
    }

    [Fact]
    public void OfBins_on_continuous_values_is_within_the_share_of_pairs_sharing_a_bin()
    {
        var random = new SeededRandom(22);
        var a = Enumerable.Range(0, 4_000).Select(_ => random.NextDouble() * 10).ToArray();
        var b = Enumerable.Range(0, 3_000).Select(_ => random.NextDouble() * 11).ToArray();
        var (binsA, binsB) = (Sample(a).Bins(), Sample(b).Bins());
        double sharedPairs = binsA.Sum(x => (double)x.Count * binsB.Where(y => FramingAnalyzer.Aggregation.ValueSample.BinOf(y.Min) == FramingAnalyzer.Aggregation.ValueSample.BinOf(x.Min)).Sum(y => y.Count))
            / ((double)a.Length * b.Length);

        double exact = CliffsDelta.Of(a.Select(v => (double)(float)v).ToArray(), b.Select(v => (double)(float)v).ToArray());
        Assert.InRange(sharedPairs, 0, 0.02);
        Assert.InRange(CliffsDelta.OfBins(binsA, binsB), exact - sharedPairs, exact + sharedPairs);
    }
}
