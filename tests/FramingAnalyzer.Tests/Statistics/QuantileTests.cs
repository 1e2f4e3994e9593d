using FramingAnalyzer.Numerics;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Statistics;

public class QuantileTests
{
    // Hand values of Hyndman–Fan type 7 (R's quantile default): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.25, 1.75)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.75, 3.25)]
    [InlineData(new[] { 10.0, 20, 30, 40, 50 }, 0.1, 14)]
    [InlineData(new[] { 10.0, 20, 30, 40, 50 }, 0.5, 30)]
    [InlineData(new[] { 10.0, 20, 30, 40, 50 }, 0.0, 10)]
    [InlineData(new[] { 10.0, 20, 30, 40, 50 }, 1.0, 50)]
    [InlineData(new[] { 0.0, 0, 1, 5 }, 0.9, 3.8)]
    [InlineData(new[] { 7.0 }, 0.3, 7)]
    public void OfSorted_interpolates_between_order_statistics(double[] sorted, double p, double expected) =>
        Assert.Equal(expected, Quantile.OfSorted(sorted, p), 12);

    [Fact]
    public void OfSorted_of_nothing_is_NaN() => Assert.True(double.IsNaN(Quantile.OfSorted([], 0.5)));

    [Theory]
    [InlineData(new[] { 3.0, 1, 2 }, 2)]
    [InlineData(new[] { 4.0, 1, 3, 2 }, 2.5)]
    [InlineData(new[] { 3.0, double.NaN, 1, 2 }, 2)]
    [InlineData(new[] { double.NaN, 5.0 }, 5)]
    public void Median_sorts_and_ignores_undefined_values(double[] values, double expected) =>
        Assert.Equal(expected, Quantile.Median(values));

    [Fact]
    public void Median_of_only_undefined_values_is_NaN() => Assert.True(double.IsNaN(Quantile.Median([double.NaN])));
}

public class IntervalTests
{
    private static readonly double[] OneToForty = Enumerable.Range(1, 40).Select(i => (double)i).ToArray();

    // 1..40: the 2.5% point is at h = 39·0.025 = 0.975 → 1.975; the 97.5% point at h = 38.025 → 39.025.
    [Theory]
    [InlineData(0.95, 1.975, 39.025)]
    [InlineData(0.90, 2.95, 38.05)]
    [InlineData(0.50, 10.75, 30.25)]
    public void Percentile_takes_the_central_quantiles(double level, double low, double high)
    {
        var interval = Interval.Percentile(OneToForty, level);
        Assert.Equal(low, interval.Low, 12);
        Assert.Equal(high, interval.High, 12);
    }

    [Fact]
    public void Percentile_at_the_default_level_is_95_percent() =>
        Assert.Equal(Interval.Percentile(OneToForty, 0.95), Interval.Percentile(OneToForty));

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 1.0 })]
    public void Percentile_of_fewer_than_two_statistics_is_none(double[] sorted)
    {
        var interval = Interval.Percentile(sorted);
        Assert.True(double.IsNaN(interval.Low) && double.IsNaN(interval.High));
        Assert.Equal(Interval.None, interval);
    }
}
