using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Statistics;

public class MultipleTestingTests
{
    // Benjamini & Hochberg (1995), section 4: the 15 p-values of the myocardial infarction trial.
    private static readonly double[] Classic =
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];

    // By hand: 15·p(i)/i, then the running minimum from the largest p down (e.g. 6th: min(0.0695, 0.06386) = 0.06386).
    private static readonly double[] ClassicAdjusted =
        [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0298 * 15 / 7, 0.0298 * 15 / 7, 0.0645, 0.0765,
         0.486, 0.4262 * 15 / 11, 0.714875, 0.6528 * 15 / 13, 0.7590 * 15 / 14, 1];

    [Fact]
    public void BenjaminiHochberg_matches_the_hand_computed_adjustment_of_the_classic_example()
    {
        var adjusted = MultipleTesting.BenjaminiHochberg(Classic);
        for (int i = 0; i < Classic.Length; i++) Assert.Equal(ClassicAdjusted[i], adjusted[i], 12);
    }

    [Fact]
    public void BenjaminiHochberg_at_q_005_rejects_the_first_four_of_the_classic_example()
    {
        var adjusted = MultipleTesting.BenjaminiHochberg(Classic);
        Assert.Equal([true, true, true, true, false, false, false, false, false, false, false, false, false, false, false],
            adjusted.Select(p => p <= 0.05));
    }

    [Fact]
    public void BenjaminiHochberg_does_not_depend_on_the_order_of_the_input()
    {
        var order = new[] { 14, 3, 7, 0, 11, 5, 9, 1, 13, 2, 8, 6, 12, 4, 10 };
        var adjusted = MultipleTesting.BenjaminiHochberg(order.Select(i => Classic[i]).ToArray());
        for (int k = 0; k < order.Length; k++) Assert.Equal(ClassicAdjusted[order[k]], adjusted[k], 12);
    }

    // p = (0.01, 0.04, 0.03, 0.005): sorted 0.005, 0.01, 0.03, 0.04.
    // BH: 4·p/i = 0.02, 0.02, 0.04, 0.04.  Holm: (4 − i + 1)·p = 0.02, 0.03, 0.06, 0.04 → running max 0.02, 0.03, 0.06, 0.06.
    [Theory]
    [InlineData(new[] { 0.01, 0.04, 0.03, 0.005 }, new[] { 0.02, 0.04, 0.04, 0.02 })]
    [InlineData(new[] { 0.5, 0.5, 0.5 }, new[] { 0.5, 0.5, 0.5 })]
    [InlineData(new[] { 0.9, 0.8 }, new[] { 0.9, 0.9 })]
    [InlineData(new[] { 0.01, double.NaN, 0.04 }, new[] { 0.02, double.NaN, 0.04 })] // NaN is left out of m
    [InlineData(new double[0], new double[0])]
    public void BenjaminiHochberg_by_hand(double[] p, double[] expected) =>
        AssertSame(expected, MultipleTesting.BenjaminiHochberg(p));

    [Theory]
    [InlineData(new[] { 0.01, 0.04, 0.03, 0.005 }, new[] { 0.03, 0.06, 0.06, 0.02 })]
    [InlineData(new[] { 0.6, 0.9 }, new[] { 1.0, 1.0 })]                             // 2·0.6 capped at 1
    [InlineData(new[] { 0.02, 0.01, 0.04 }, new[] { 0.04, 0.03, 0.04 })]             // 0.03, 0.04, then max(0.04, 0.04)
    [InlineData(new[] { double.NaN, 0.01, 0.02 }, new[] { double.NaN, 0.02, 0.02 })] // NaN is left out of m
    public void Holm_by_hand(double[] p, double[] expected) => AssertSame(expected, MultipleTesting.Holm(p));

    [Fact]
    public void Holm_is_never_less_than_BenjaminiHochberg()
    {
        var holm = MultipleTesting.Holm(Classic);
        var bh = MultipleTesting.BenjaminiHochberg(Classic);
        for (int i = 0; i < Classic.Length; i++) Assert.True(holm[i] >= bh[i], $"p[{i}]: Holm {holm[i]} < BH {bh[i]}");
    }

    private static void AssertSame(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 12);
    }
}
