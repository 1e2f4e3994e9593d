namespace FramingAnalyzer.Statistics;

/// <summary>
/// Two-sided permutation test for a difference of means. With R random relabellings the p-value is
/// (1 + #{|D*| ≥ |d|}) / (R + 1), which is never 0 and is exact in expectation. When the samples are so large that
/// R × N would exceed <see cref="WorkBudget"/> (N above 100 at 5,000 permutations), the permutation distribution is
/// replaced by its normal approximation (mean 0, variance σ²·N/(N−1)·(1/nA + 1/nB), σ² the pooled population variance),
/// which is accurate at such sizes and, unlike 5,000 permutations, resolves the small p-values that an adjustment over
/// thousands of comparisons needs.
/// </summary>
public static class PermutationTest
{
    public const int DefaultPermutations = 5000;
    public const long WorkBudget = 500_000;

    /// <summary>Sequential stopping (Besag &amp; Clifford 1991): after this many extreme relabellings, p = h / relabellings done.</summary>
    public const int StopAfterExtreme = 100;

    public static double TwoSided(IReadOnlyList<double> a, IReadOnlyList<double> b, SeededRandom random, int permutations = DefaultPermutations,
        int stopAfterExtreme = StopAfterExtreme)
    {
        int na = a.Count, nb = b.Count, n = na + nb;
        if (na == 0 || nb == 0) return double.NaN;
        var pooled = new double[n];
        for (int i = 0; i < na; i++) pooled[i] = a[i];
        for (int i = 0; i < nb; i++) pooled[na + i] = b[i];
        double total = pooled.Sum();
        double observed = Math.Abs(MeanDifference(pooled.AsSpan(0, na), total, na, nb));

        if ((long)permutations * n > WorkBudget) return NormalApproximation(pooled, observed, na, nb);

        const double tolerance = 1e-12;
        int extreme = 0;
        for (int r = 0; r < permutations; r++)
        {
            // Partial Fisher–Yates: only the first nA positions need to be drawn.
            for (int i = 0; i < na; i++)
            {
                int j = i + random.Next(n - i);
                (pooled[i], pooled[j]) = (pooled[j], pooled[i]);
            }
            if (Math.Abs(MeanDifference(pooled.AsSpan(0, na), total, na, nb)) >= observed - tolerance && ++extreme == stopAfterExtreme)
            {
                return (double)extreme / (r + 1);
            }
        }
        return (1.0 + extreme) / (permutations + 1.0);
    }

    private static double MeanDifference(ReadOnlySpan<double> first, double total, int na, int nb)
    {
        double sumA = 0;
        foreach (var x in first) sumA += x;
        return sumA / na - (total - sumA) / nb;
    }

    /// <summary>
    /// The normal approximation from the two samples' exact moments (count, Σx, Σx² in fixed point), for samples too
    /// large to keep or to relabel: the same distribution as above, without the values.
    /// </summary>
    public static double NormalApproximation(Aggregation.ValueSample a, Aggregation.ValueSample b)
    {
        long na = a.Count, nb = b.Count, n = na + nb;
        if (na == 0 || nb == 0) return double.NaN;
        double scale = Aggregation.FixedPoint.Scale;
        double observed = Math.Abs(a.Sum / scale / na - b.Sum / scale / nb);
        Int128 sum = (Int128)a.Sum + b.Sum, squares = a.SumOfSquares + b.SumOfSquares;
        // n²·σ² = n·Σx² − (Σx)², exactly in integers.
        double variance = (double)(n * squares - sum * sum) / ((double)n * n) / (scale * scale);
        return NormalTail(observed, variance, n, na, nb);
    }

    private static double NormalApproximation(double[] pooled, double observed, int na, int nb)
    {
        int n = pooled.Length;
        double mean = pooled.Average();
        double variance = pooled.Sum(x => (x - mean) * (x - mean)) / n;
        return NormalTail(observed, variance, n, na, nb);
    }

    /// <summary>P(|D| ≥ observed) for D ~ N(0, σ²·N/(N−1)·(1/nA + 1/nB)), σ² the pooled population variance.</summary>
    private static double NormalTail(double observed, double variance, long n, long na, long nb)
    {
        double sd = Math.Sqrt(variance * n / (n - 1.0) * (1.0 / na + 1.0 / nb));
        if (sd == 0) return observed == 0 ? 1 : 0;
        return NormalDistribution.TwoSidedP(observed / sd);
    }
}
