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
        var outlets = aggregator.Outlets.Keys.ToArray(); // ordinal order, as each story's outlets
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < outlets.Length; i++) index[outlets[i]] = i;
        int metrics = aggregator.PointMetrics.Length, k = outlets.Length;
        var pairs = new PairedDifferences?[metrics, k * (k - 1) / 2];

        // One pass over the stories (bucket by bucket, see StoryLedger): each story adds one paired difference to
        // every pair of outlets that covered it.
        var present = new int[k];
        foreach (var story in aggregator.Stories.Stories())
        {
            var tallies = story.Outlets;
            for (int x = 0; x < tallies.Length; x++) present[x] = index[tallies[x].Key];
            for (int p = 0; p < metrics; p++)
            {
                for (int x = 0; x < tallies.Length; x++)
                {
                    double meanA = tallies[x].Value.Mean(p);
                    if (double.IsNaN(meanA)) continue;
                    for (int y = x + 1; y < tallies.Length; y++)
                    {
                        double d = meanA - tallies[y].Value.Mean(p);
                        if (double.IsNaN(d)) continue;
                        (pairs[p, PairIndex(present[x], present[y], k)] ??= new PairedDifferences()).Add(d);
                    }
                }
            }
        }

        // Rows are listed in table order and computed in parallel: each draws from its own generator, seeded by the
        // row's keys, so the table is the same as a serial pass.
        var rows = new List<Func<StoryMatchedRow>>();
        for (int p = 0; p < metrics; p++)
        {
            var metric = aggregator.Schema.Metrics[aggregator.PointMetrics[p]].Name;
            for (int i = 0; i < k; i++)
            {
                for (int j = i + 1; j < k; j++)
                {
                    var diffs = pairs[p, PairIndex(i, j, k)];
                    if (diffs is null || diffs.Count < MinimumStories) continue;
                    var (a, b) = (outlets[i], outlets[j]);
                    rows.Add(() =>
                    {
                        var random = SeededRandom.For(aggregator.Seed, "story", metric, a, b);
                        return diffs.Kept is { } kept
                            ? new StoryMatchedRow(metric, a, b, diffs.Count, diffs.Mean, BootstrapMean(kept, random, resamples), SignFlipP(kept, random), double.NaN)
                            : new StoryMatchedRow(metric, a, b, diffs.Count, diffs.Mean, diffs.NormalInterval(), diffs.NormalSignFlipP(), double.NaN);
                    });
                }
            }
        }
        var raw = new StoryMatchedRow[rows.Count];
        Parallel.For(0, rows.Count, r => raw[r] = rows[r]());
        var adjusted = MultipleTesting.BenjaminiHochberg(raw.Select(r => r.PValue).ToArray());
        return raw.Select((r, n) => r with { PAdjusted = adjusted[n] }).ToList();
    }

    private static int PairIndex(int i, int j, int k) => i * k - i * (i + 1) / 2 + (j - i - 1);

    /// <summary>
    /// The paired differences of one pair of outlets on one metric: every difference while there are at most
    /// <see cref="BootstrapLimit"/> (for the bootstrap and the sign-flip test), beyond that only their count, sum and
    /// sum of squares, which is all the normal interval and the normal approximation of the sign-flip test need.
    /// </summary>
    private sealed class PairedDifferences
    {
        public List<double>? Kept { get; private set; } = [];
        public int Count { get; private set; }
        private double _sum, _sumOfSquares;

        public double Mean => _sum / Count;

        public void Add(double d)
        {
            Count++;
            _sum += d;
            _sumOfSquares += d * d;
            if (Kept is null) return;
            if (Count > Math.Max(BootstrapLimit, RandomFlipLimit)) Kept = null;
            else Kept.Add(d);
        }

        public Interval NormalInterval()
        {
            double variance = Math.Max(0, (_sumOfSquares - Count * Mean * Mean) / (Count - 1));
            double half = 1.96 * Math.Sqrt(variance) / Math.Sqrt(Count);
            return new Interval(Mean - half, Mean + half);
        }

        public double NormalSignFlipP() => SignFlipNormalP(_sum, _sumOfSquares);
    }

    private static Interval BootstrapMean(List<double> values, SeededRandom random, int resamples)
    {
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
            return SignFlipNormalP(diffs.Sum(), diffs.Sum(d => d * d));
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

    /// <summary>The sign-flip test's normal approximation: under H0, Σd has mean 0 and variance Σd².</summary>
    private static double SignFlipNormalP(double sum, double sumOfSquares) =>
        sumOfSquares == 0 ? 1 : NormalDistribution.TwoSidedP(sum / Math.Sqrt(sumOfSquares));
}
