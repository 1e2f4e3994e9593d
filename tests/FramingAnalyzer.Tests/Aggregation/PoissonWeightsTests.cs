using FramingAnalyzer.Numerics;
using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Tests.Aggregation;

public class PoissonWeightsTests
{
    private const int Seed = 20260311;

    private static byte[] Weights(string id, int seed = Seed, int resamples = 200)
    {
        var weights = new byte[resamples];
        PoissonWeights.Fill(id, seed, weights);
        return weights;
    }

    [Fact]
    public void Weights_are_a_function_of_the_article_id_and_the_seed()
    {
        Assert.Equal(Weights("reuters-2024-0001"), Weights("reuters-2024-0001"));
        Assert.NotEqual(Weights("reuters-2024-0001"), Weights("reuters-2024-0002"));
        Assert.NotEqual(Weights("reuters-2024-0001"), Weights("reuters-2024-0001", Seed + 1));
    }

    [Fact]
    public void Fewer_resamples_are_a_prefix_of_more() =>
        Assert.Equal(Weights("a1", resamples: 50), Weights("a1", resamples: 1000)[..50]);

    // Golden values from an independent implementation (Python: FNV-1a over UTF-16 code units, SplitMix64 finaliser,
    // inverse-CDF lookup of Poisson(1)). A change here changes every published interval, and string.GetHashCode would
    // differ between runs.
    [Theory]
    [InlineData("", 0xf52a15e9a9b5e89bUL)]
    [InlineData("ab", 0x9ffe50a657e4a147UL)]
    [InlineData("article-1", 0x3d5358efd56a513bUL)]
    public void Hash_is_pinned(string text, ulong expected) => Assert.Equal(expected, PoissonWeights.Hash(text));

    [Theory]
    [InlineData("article-1", new byte[] { 3, 1, 4, 0, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData("article-2", new byte[] { 1, 1, 1, 2, 0, 1, 1, 2, 1, 0, 1, 3, 3, 0, 3, 1 })]
    public void Weights_are_pinned(string id, byte[] expected) => Assert.Equal(expected, Weights(id, resamples: 16));

    [Fact]
    public void Eight_resamples_at_a_time_give_the_draws_of_one_at_a_time()
    {
        // The reference: one generator step and one inverse-CDF lookup per resample, as the type documents, with the
        // Poisson(1) CDF written from its definition, P(X ≤ k) = e⁻¹ Σ_{j ≤ k} 1/j!, scaled to the 64-bit range.
        var thresholds = Enumerable.Range(0, 10).Select(k =>
        {
            double cdf = Math.Exp(-1) * Enumerable.Range(0, k + 1).Sum(j => 1 / Factorial(j));
            return cdf >= 1 ? ulong.MaxValue : (ulong)(cdf * ulong.MaxValue);
        }).ToArray();
        foreach (var id in new[] { "", "a1", "reuters-2024-0001", "Ελλάδα-7" })
        {
            foreach (int resamples in new[] { 1, 7, 8, 9, 15, 16, 17, 1000, 1003 })
            {
                var expected = new byte[resamples];
                ulong state = PoissonWeights.Hash(id) ^ unchecked(0x9E3779B97F4A7C15UL * (ulong)(Seed + 1));
                for (int b = 0; b < resamples; b++)
                {
                    state += SplitMix64.Increment;
                    ulong u = SplitMix64.Mix(state);
                    byte k = 0;
                    while (k < thresholds.Length && u >= thresholds[k]) k++;
                    expected[b] = k;
                }
                Assert.Equal(expected, Weights(id, resamples: resamples));
            }
        }
    }

    // 20,000 ids × 50 resamples = 10⁶ draws. Poisson(1): mean 1 and variance 1; SE of the mean 1/√N = 0.001,
    // SE of the sample variance √((μ₄ − σ⁴)/N) = √(3/N) ≈ 0.0017 (μ₄ = λ(1 + 3λ) = 4). Bounds at 5 SE.
    private static readonly Lazy<byte[][]> Many = new(() =>
        Enumerable.Range(0, 20_000).Select(i => Weights($"article-{i}", resamples: 50)).ToArray());

    [Fact]
    public void Weights_have_mean_1_and_variance_1_over_many_ids()
    {
        var all = Many.Value.SelectMany(w => w).Select(w => (double)w).ToArray();
        double mean = all.Average();
        double variance = all.Sum(w => (w - mean) * (w - mean)) / (all.Length - 1);

        Assert.Equal(1.0, mean, 0.005);
        Assert.Equal(1.0, variance, 0.009);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Each_count_has_its_Poisson_1_probability(int k)
    {
        double expected = Math.Exp(-1) / Enumerable.Range(1, k).Aggregate(1.0, (f, i) => f * i);
        var all = Many.Value.SelectMany(w => w).ToArray();
        double observed = all.Count(w => w == k) / (double)all.Length;

        Assert.Equal(expected, observed, 5 * Math.Sqrt(expected * (1 - expected) / all.Length));
    }

    [Fact]
    public void Weights_of_neighbouring_resamples_and_of_neighbouring_ids_are_uncorrelated()
    {
        var ids = Many.Value;
        // Correlations of N pairs have SE ≈ 1/√N; bounds at 5 SE.
        var sameId = ids.SelectMany(w => Enumerable.Range(0, w.Length - 1).Select(b => (w[b], w[b + 1]))).ToArray();
        var nextId = Enumerable.Range(0, ids.Length - 1).SelectMany(i => Enumerable.Range(0, 50).Select(b => (ids[i][b], ids[i + 1][b]))).ToArray();

        Assert.Equal(0, Correlation(sameId), 5 / Math.Sqrt(sameId.Length));
        Assert.Equal(0, Correlation(nextId), 5 / Math.Sqrt(nextId.Length));
    }

    private static double Correlation((byte X, byte Y)[] pairs)
    {
        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        double sxy = pairs.Sum(p => (p.X - mx) * (p.Y - my));
        double sxx = pairs.Sum(p => (p.X - mx) * (p.X - mx)), syy = pairs.Sum(p => (p.Y - my) * (p.Y - my));
        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
