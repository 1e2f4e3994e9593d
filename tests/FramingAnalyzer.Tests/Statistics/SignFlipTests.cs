using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Statistics;

public class SignFlipTests
{
    // Exact by hand over the 2ⁿ sign patterns:
    // {1,2,3}: |±1±2±3| = 6,4,2,0,0,2,4,6 → 2 of 8 reach 6.
    // {1,2,3,4}: only all-plus and all-minus reach |10| → 2 of 16.
    // {2,−1,1}: sums 4,2,2,0,0,−2,−2,−4 (of the magnitudes) → 6 of 8 reach |2|.
    // {1,1,2}: sums 4,2,2,0,0,−2,−2,−4 → 2 of 8 reach |4|.
    // {0.1,0.2,−0.3}: observed 0 (up to rounding) → every pattern counts.
    [Theory]
    [InlineData(new[] { 1.0, 2, 3 }, 0.25)]
    [InlineData(new[] { -1.0, -2, -3 }, 0.25)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.125)]
    [InlineData(new[] { 2.0, -1, 1 }, 0.75)]
    [InlineData(new[] { 1.0, 1, 2 }, 0.25)]
    [InlineData(new[] { 0.1, 0.2, -0.3 }, 1)]
    [InlineData(new[] { 0.0, 0, 0, 0 }, 1)]
    [InlineData(new[] { 5.0 }, 1)]
    public void Exact_enumeration_by_hand(double[] diffs, double expected) =>
        Assert.Equal(expected, StoryMatchedComparisons.SignFlipP(diffs, new SeededRandom(1)), 12);

    [Fact]
    public void Twelve_positive_differences_give_2_of_4096() =>
        Assert.Equal(2.0 / 4096, StoryMatchedComparisons.SignFlipP(Enumerable.Repeat(1.0, 12).ToArray(), new SeededRandom(1)), 15);

    [Fact]
    public void Beyond_200_stories_the_normal_approximation_agrees_with_many_random_flips()
    {
        var random = new SeededRandom(5);
        var diffs = Enumerable.Range(0, 400).Select(_ => random.NextDouble() - 0.45).ToArray();
        double observed = Math.Abs(diffs.Sum());
        int extreme = 0;
        const int flips = 40_000;
        for (int r = 0; r < flips; r++)
        {
            double s = 0;
            foreach (var d in diffs) s += (random.NextUInt64() & 1) == 0 ? d : -d;
            if (Math.Abs(s) >= observed) extreme++;
        }
        double monteCarlo = (double)extreme / flips;
        Assert.Equal(monteCarlo, StoryMatchedComparisons.SignFlipP(diffs, new SeededRandom(1)), PermutationTestTests.Tolerance(monteCarlo, flips) + 0.005);
    }

    [Fact]
    public void Random_flips_beyond_12_stories_agree_with_full_enumeration()
    {
        var random = new SeededRandom(23);
        for (int trial = 0; trial < 5; trial++)
        {
            var diffs = Enumerable.Range(0, 17).Select(_ => Math.Round(random.NextDouble() * 2 - 0.7, 2)).ToArray();

            double exact = ExactSignFlipP(diffs);
            double p = StoryMatchedComparisons.SignFlipP(diffs, new SeededRandom((ulong)trial));

            // 2,000 random flips: allow 4 binomial SEs.
            Assert.Equal(exact, p, PermutationTestTests.Tolerance(exact, 2_000));
        }
    }

    private static double ExactSignFlipP(double[] diffs)
    {
        double observed = Math.Abs(diffs.Sum());
        int extreme = 0, total = 1 << diffs.Length;
        for (int mask = 0; mask < total; mask++)
        {
            double s = 0;
            for (int k = 0; k < diffs.Length; k++) s += ((mask >> k) & 1) == 1 ? -diffs[k] : diffs[k];
            if (Math.Abs(s) >= observed - 1e-9) extreme++;
        }
        return (double)extreme / total;
    }
}
