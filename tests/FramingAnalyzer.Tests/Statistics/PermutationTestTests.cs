using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Statistics;

public class PermutationTestTests
{
    [Fact]
    public void Exact_p_of_123_against_456_is_2_of_20_relabellings()
    {
        // Of the C(6,3) = 20 ways to call three of the six values "a", only {1,2,3} and {4,5,6} give |mean difference| ≥ 3.
        Assert.Equal(0.1, ExactTwoSidedP([1, 2, 3], [4, 5, 6]), 12);
    }

    [Fact]
    public void Randomized_p_of_123_against_456_is_close_to_the_exact_0_1()
    {
        const int permutations = 20_000;
        double p = PermutationTest.TwoSided([1, 2, 3], [4, 5, 6], new SeededRandom(1), permutations, stopAfterExtreme: int.MaxValue);

        // (1 + X)/(R + 1) with X ~ Binomial(R, 0.1): SE = √(0.1·0.9/R) ≈ 0.0021; allow 4 SE.
        Assert.Equal(0.1, p, Tolerance(0.1, permutations));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1000.1)]
    [InlineData(-123456.7)]
    [InlineData(0.3)]
    public void Randomized_p_does_not_depend_on_where_the_values_lie(double shift)
    {
        // The same samples moved by a constant: every relabelling keeps its difference, so the exact p stays 0.1.
        // A tie between |D*| and |d| must not be lost to rounding of the larger sums.
        const int permutations = 20_000;
        double[] a = [0.1 + shift, 0.2 + shift, 0.3 + shift], b = [0.4 + shift, 0.5 + shift, 0.6 + shift];

        double p = PermutationTest.TwoSided(a, b, new SeededRandom(1), permutations, stopAfterExtreme: int.MaxValue);

        Assert.Equal(0.1, p, Tolerance(0.1, permutations));
    }

    [Fact]
    public void Randomized_p_agrees_with_full_enumeration_on_small_random_samples()
    {
        var random = new SeededRandom(5);
        const int permutations = 5_000;
        for (int trial = 0; trial < 30; trial++)
        {
            int na = 2 + random.Next(5), nb = 2 + random.Next(5);
            double shift = random.NextDouble() * 2;
            var a = Enumerable.Range(0, na).Select(_ => Math.Round(random.NextDouble() * 4 + shift, 1)).ToArray();
            var b = Enumerable.Range(0, nb).Select(_ => Math.Round(random.NextDouble() * 4, 1)).ToArray();

            double exact = ExactTwoSidedP(a, b);
            double p = PermutationTest.TwoSided(a, b, new SeededRandom((ulong)trial), permutations, stopAfterExtreme: int.MaxValue);

            Assert.Equal(exact, p, Tolerance(exact, permutations));
        }
    }

    [Theory]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 1.0, 2, 3 })]
    [InlineData(new[] { 2.0, 2 }, new[] { 2.0, 2, 2, 2 })]
    [InlineData(new[] { 0.1, 0.7, 0.2 }, new[] { 0.7, 0.2, 0.1 })]
    public void Samples_with_equal_means_give_p_1(double[] a, double[] b) =>
        Assert.Equal(1.0, PermutationTest.TwoSided(a, b, new SeededRandom(3), 1000));

    [Fact]
    public void P_is_never_zero()
    {
        var a = Enumerable.Range(0, 50).Select(i => (double)i).ToArray();
        var b = Enumerable.Range(1000, 50).Select(i => (double)i).ToArray();

        Assert.Equal(1.0 / 1001, PermutationTest.TwoSided(a, b, new SeededRandom(3), 1000), 15);
    }

    [Fact]
    public void Empty_sample_gives_NaN()
    {
        Assert.True(double.IsNaN(PermutationTest.TwoSided([], [1.0], new SeededRandom(3))));
        Assert.True(double.IsNaN(PermutationTest.TwoSided([1.0], [], new SeededRandom(3))));
    }

    [Fact]
    public void Same_seed_gives_the_same_p()
    {
        double[] a = [1.5, 2, 7, 3], b = [4, 5, 6.5, 2, 9];
        Assert.Equal(PermutationTest.TwoSided(a, b, new SeededRandom(9)), PermutationTest.TwoSided(a, b, new SeededRandom(9)));
    }

    [Fact]
    public void Normal_approximation_on_a_large_sample_agrees_with_a_Welch_z_test_and_with_random_relabelling()
    {
        var random = new SeededRandom(11);
        var a = Enumerable.Range(0, 600).Select(_ => Gaussian(random)).ToArray();
        var b = Enumerable.Range(0, 600).Select(_ => 0.05 + Gaussian(random)).ToArray();
        Assert.True(5000L * (a.Length + b.Length) > PermutationTest.WorkBudget, "the default must take the normal branch");

        double approximated = PermutationTest.TwoSided(a, b, new SeededRandom(2));
        double welch = NormalDistribution.TwoSidedP((a.Average() - b.Average()) / Math.Sqrt(Variance(a) / a.Length + Variance(b) / b.Length));
        const int permutations = 4000; // 4000 × 1200 is within the budget: random relabelling
        double randomized = PermutationTest.TwoSided(a, b, new SeededRandom(2), permutations, stopAfterExtreme: int.MaxValue);

        Assert.InRange(welch, 0.01, 0.1); // a case where the tail matters
        // The permutation variance uses the pooled spread, larger than Welch's by about d²/4 (under 1% here, d ≈ 0.1 SD):
        // at p ≈ 0.04 that moves p by well under 0.002 (measured: 0.0425 against 0.0427).
        Assert.Equal(welch, approximated, 0.002);
        Assert.Equal(randomized, approximated, Tolerance(approximated, permutations));
    }

    [Fact]
    public void Normal_approximation_of_constant_samples_is_1_when_equal()
    {
        var a = Enumerable.Repeat(4.0, 3000).ToArray();
        Assert.Equal(1.0, PermutationTest.TwoSided(a, a, new SeededRandom(2)));
    }

    /// <summary>Four binomial standard errors of a p-value estimated from <paramref name="permutations"/> relabellings, plus the +1 bias.</summary>
    [Fact]
    public void Sequential_stopping_estimates_p_within_its_relative_error()
    {
        // Besag–Clifford: stopping after h extreme relabellings gives p = h / r with relative SE about 1/√h.
        double p = PermutationTest.TwoSided([1, 2, 3], [4, 5, 6], new SeededRandom(1));
        Assert.Equal(0.1, p, 4 * 0.1 / Math.Sqrt(PermutationTest.StopAfterExtreme));
    }

    internal static double Tolerance(double p, int permutations) =>
        4 * Math.Sqrt(Math.Max(p * (1 - p), 1e-4) / permutations) + 1.0 / permutations;

    /// <summary>The two-sided p over every way of choosing which values are "a" (an independent, exact computation).</summary>
    private static double ExactTwoSidedP(double[] a, double[] b)
    {
        var all = a.Concat(b).ToArray();
        int n = all.Length, na = a.Length;
        double observed = Math.Abs(a.Average() - b.Average());
        int extreme = 0, total = 0;
        for (int mask = 0; mask < 1 << n; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != na) continue;
            total++;
            double sumA = 0, sumB = 0;
            for (int k = 0; k < n; k++)
            {
                if ((mask & (1 << k)) != 0) sumA += all[k];
                else sumB += all[k];
            }
            if (Math.Abs(sumA / na - sumB / (n - na)) >= observed - 1e-9) extreme++;
        }
        return (double)extreme / total;
    }

    internal static double Gaussian(SeededRandom random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double Variance(double[] x)
    {
        double mean = x.Average();
        return x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
    }
}

public class NormalDistributionTests
{
    // Two-sided tail probabilities of the standard normal (R: 2 * pnorm(-z)).
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 0.31731050786291415)]
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(-1.959963984540054, 0.05)]
    [InlineData(2.5758293035489004, 0.01)]
    [InlineData(3.2905267314918945, 0.001)]
    public void TwoSidedP_matches_tables_within_the_stated_error(double z, double p) =>
        Assert.Equal(p, NormalDistribution.TwoSidedP(z), 1.2e-7);

    [Fact]
    public void Erfc_of_a_negative_argument_is_two_minus_the_positive() =>
        Assert.Equal(2 - NormalDistribution.Erfc(0.7), NormalDistribution.Erfc(-0.7), 15);
}
