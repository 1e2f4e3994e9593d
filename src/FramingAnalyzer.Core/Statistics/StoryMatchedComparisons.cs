using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Statistics;

/// <summary>
/// Story-matched comparison: for each pair of outlets and each metric, the paired differences of the outlets' mean
/// values on the stories both covered (so that a different mix of topics cannot pass for a difference in framing).
/// CI: percentile bootstrap over stories (1,000 seeded resamples) up to <see cref="BootstrapLimit"/> stories, beyond that
/// the normal interval mean ± 1.96·sd/√n. p-value: sign-flip permutation test, exact up to 12 stories, 2,000 random sign
/// flips up to 200 stories, beyond that its normal approximation (Σd over √Σd²). Benjamini–Hochberg across the table.
/// </summary>
public static class StoryMatchedComparisons
{
    public const int MinimumStories = 2;
    public const int BootstrapLimit = 200;
    private const int ExactLimit = 12, RandomFlipLimit = 200, RandomFlips = 2_000;

    public static List<StoryMatchedRow> Compare(Aggregator aggregator, int resamples = 1000)
    {
        var outlets = aggregator.Outlets.Values.ToArray();
        // Rows are listed in table order and computed in parallel: each draws from its own generator, seeded by the
        // row's keys, so the table is the same as a serial pass.
        var rows = new List<Func<StoryMatchedRow>>();
        for (int p = 0; p < aggregator.PointMetrics.Length; p++)
        {
            var metric = aggregator.Schema.Metrics[aggregator.PointMetrics[p]].Name;
            for (int i = 0; i < outlets.Length; i++)
            {
                for (int j = i + 1; j < outlets.Length; j++)
                {
                    var diffs = new List<double>();
                    foreach (var (story, tallyA) in outlets[i].Stories)
                    {
                        if (!outlets[j].Stories.TryGetValue(story, out var tallyB)) continue;
                        double d = tallyA.Mean(p) - tallyB.Mean(p);
                        if (!double.IsNaN(d)) diffs.Add(d);
                    }
                    if (diffs.Count < MinimumStories) continue;
                    var (a, b) = (outlets[i].Outlet, outlets[j].Outlet);
                    rows.Add(() =>
                    {
                        var random = SeededRandom.For(aggregator.Seed, "story", metric, a, b);
                        return new StoryMatchedRow(metric, a, b, diffs.Count, diffs.Average(),
                            BootstrapMean(diffs, random, resamples), SignFlipP(diffs, random), double.NaN);
                    });
                }
            }
        }
        var raw = new StoryMatchedRow[rows.Count];
        Parallel.For(0, rows.Count, k => raw[k] = rows[k]());
        var adjusted = MultipleTesting.BenjaminiHochberg(raw.Select(r => r.PValue).ToArray());
        return raw.Select((r, k) => r with { PAdjusted = adjusted[k] }).ToList();
    }

    private static Interval BootstrapMean(List<double> values, SeededRandom random, int resamples)
    {
        if (values.Count > BootstrapLimit)
        {
            double mean = values.Average();
            double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            double half = 1.96 * sd / Math.Sqrt(values.Count);
            return new Interval(mean - half, mean + half);
        }
        var means = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            double sum = 0;
            for (int k = 0; k < values.Count; k++) sum += values[random.Next(values.Count)];
            means[r] = sum / values.Count;
        }
        Array.Sort(means);
        return Interval.Percentile(means);
    }

    /// <summary>Two-sided sign-flip test of mean zero: under H0 each paired difference is equally likely to have either sign.</summary>
    public static double SignFlipP(IReadOnlyList<double> diffs, SeededRandom random)
    {
        int n = diffs.Count;
        double observed = Math.Abs(diffs.Sum());
        const double tolerance = 1e-12;
        if (n <= ExactLimit)
        {
            int total = 1 << n, extreme = 0;
            for (int mask = 0; mask < total; mask++)
            {
                double s = 0;
                for (int k = 0; k < n; k++) s += (mask & (1 << k)) != 0 ? -diffs[k] : diffs[k];
                if (Math.Abs(s) >= observed - tolerance) extreme++;
            }
            return (double)extreme / total;
        }
        if (n > RandomFlipLimit)
        {
            double sumSquares = diffs.Sum(d => d * d);
            return sumSquares == 0 ? 1 : NormalDistribution.TwoSidedP(diffs.Sum() / Math.Sqrt(sumSquares));
        }
        const int flips = RandomFlips;
        var bits = new long[n];
        for (int k = 0; k < n; k++) bits[k] = BitConverter.DoubleToInt64Bits(diffs[k]);
        int count = 0;
        for (int r = 0; r < flips; r++)
        {
            double s = 0;
            // The draw's low bit moved into the sign bit: exactly −d when it is 1, without an unpredictable branch.
            for (int k = 0; k < n; k++) s += BitConverter.Int64BitsToDouble(bits[k] ^ (long)(random.NextUInt64() << 63));
            if (Math.Abs(s) >= observed - tolerance) count++;
        }
        return (1.0 + count) / (flips + 1.0);
    }
}
