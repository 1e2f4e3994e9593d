using FramingAnalyzer.Numerics;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Statistics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FramingAnalyzer.Tests.Aggregation;

/// <summary>
/// A metric's per-outlet distribution: exact up to ValueSample.ExactLimit values, then a histogram of 0.8%-wide bins that
/// stays exact for discrete values; memory bounded, merges independent of order and split.
/// </summary>
public class ValueSampleTests
{
    private static ValueSample Of(IEnumerable<float> values)
    {
        var sample = new ValueSample();
        foreach (var v in values) sample.Add(v);
        return sample;
    }

    private static float[] Continuous(int n, ulong seed)
    {
        var random = new SeededRandom(seed);
        // Skewed like a per-1,000-words rate: mostly small, a long tail.
        return Enumerable.Range(0, n).Select(_ => (float)(-Math.Log(1 - random.NextDouble()) * 12.5)).ToArray();
    }

    private static byte[] Bytes(ValueSample sample)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream)) sample.Write(w);
        return stream.ToArray();
    }

    [Fact]
    public void Up_to_the_limit_every_value_is_kept_and_the_median_is_exact()
    {
        var values = Continuous(ValueSample.ExactLimit, 1);
        var sample = Of(values);

        Assert.True(sample.IsExact);
        Assert.Equal(values.Select(v => (double)v).Order(), sample.SortedValues());
        Assert.Equal(Quantile.Median(values.Select(v => (double)v)), sample.Median());
    }

    [Fact]
    public void Missing_values_are_not_counted_and_minus_zero_is_zero()
    {
        var sample = Of([float.NaN, -0f, 0f, 1f, float.NaN]);

        Assert.Equal(3, sample.Count);
        Assert.Equal(0, sample.Median());
        Assert.Single(sample.Bins(), b => b.Min == 0 && b.Count == 2);
    }

    [Fact]
    public void Beyond_the_limit_it_keeps_bins_and_the_median_is_within_a_bin_width()
    {
        var values = Continuous(20_000, 2);
        var sample = Of(values);
        double exact = Quantile.Median(values.Select(v => (double)v));

        Assert.False(sample.IsExact);
        Assert.InRange(sample.Bins().Length, 1, 2_000); // bounded by the range of values, not their number
        Assert.InRange(sample.Median(), exact * (1 - 1.0 / 128), exact * (1 + 1.0 / 128));
    }

    [Fact]
    public void Beyond_the_limit_discrete_values_keep_an_exact_median()
    {
        var random = new SeededRandom(3);
        var values = Enumerable.Range(0, 5_001).Select(_ => (float)random.Next(40)).ToArray(); // counts: one value per bin
        var sample = Of(values);

        Assert.False(sample.IsExact);
        Assert.Equal(Quantile.Median(values.Select(v => (double)v)), sample.Median());
        Assert.All(sample.Bins(), b => Assert.Equal(b.Min, b.Max));
    }

    [Theory]
    [InlineData(300, 400)]   // both kept, the union too
    [InlineData(700, 700)]   // both kept, the union beyond the limit
    [InlineData(200, 3_000)] // one kept, one binned
    [InlineData(2_000, 5_000)]
    public void Merging_gives_the_state_of_one_pass_in_either_order(int first, int second)
    {
        var values = Continuous(first + second, 4);
        var a = Of(values.Take(first));
        var b = Of(values.Skip(first));
        var ab = Of(values.Take(first));
        ab.Merge(b);
        var ba = Of(values.Skip(first));
        ba.Merge(a);

        var single = Bytes(Of(values.Reverse()));
        Assert.Equal(single, Bytes(ab));
        Assert.Equal(single, Bytes(ba));
    }

    [Fact]
    public void A_written_sample_reads_back_identically()
    {
        foreach (int n in new[] { 0, 10, 5_000 })
        {
            var sample = Of(Continuous(n, 5));
            using var stream = new MemoryStream(Bytes(sample));
            using var r = new BinaryReader(stream);
            Assert.Equal(Bytes(sample), Bytes(ValueSample.Read(r)));
        }
    }

    [Property(MaxTest = 500)]
    public Property Bins_are_ordered_like_the_values(float a, float b)
    {
        bool finite = float.IsFinite(a) && float.IsFinite(b);
        return (!finite || a > b || ValueSample.BinOf(a) <= ValueSample.BinOf(b)).ToProperty();
    }

    [Fact]
    public void The_normal_approximation_from_moments_matches_the_one_from_values()
    {
        // Two samples of 150: relabelling them 5,000 times is beyond the work budget, so TwoSided uses the same approximation.
        var a = Continuous(150, 6);
        var b = Continuous(150, 7).Select(v => v * 1.3f).ToArray();
        double fromValues = PermutationTest.TwoSided(a.Select(v => (double)v).ToArray(), b.Select(v => (double)v).ToArray(), new SeededRandom(1));
        double fromMoments = PermutationTest.NormalApproximation(Of(a), Of(b));

        Assert.Equal(fromValues, fromMoments, 6);
    }
}
