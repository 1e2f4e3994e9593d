using System.Runtime.Intrinsics;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// The Poisson bootstrap: instead of drawing resamples of articles, each article gets, for each of B resamples, a
/// Poisson(1) count of how often it appears. The counts are derived from a hash of the article id and the seed, so they
/// do not depend on which machine or shard saw the article: per-outlet resample sums can be accumulated in one pass,
/// in bounded memory, and merged. (Poisson(1) approximates the multinomial resampling count for large n; see
/// docs/statistics.md.)
/// </summary>
public static class PoissonWeights
{
    public const int DefaultResamples = 1000;

    // Cumulative Poisson(1) probabilities for k = 0..9, as 64-bit thresholds.
    private static readonly ulong[] Thresholds = BuildThresholds();

    public static void Fill(string articleId, int seed, Span<byte> weights)
    {
        ulong state = Hash(articleId) ^ (0x9E3779B97F4A7C15UL * (ulong)(seed + 1));
        int b = Vector512.IsHardwareAccelerated ? FillEightAtATime(state, weights) : 0;
        state += (ulong)b * Numerics.SplitMix64.Increment;
        for (; b < weights.Length; b++)
        {
            ulong u = SplitMix(ref state);
            byte k = 0;
            while (k < Thresholds.Length && u >= Thresholds[k]) k++;
            weights[b] = k;
        }
    }

    /// <summary>
    /// The loop of <see cref="Fill"/> for eight resamples at a time: resample b's generator state is the start plus
    /// (b + 1) increments, so eight states are mixed side by side, and a draw's count is how many thresholds it reaches
    /// (they increase, so that is where the loop stops). The same counts; returns the first resample left for the loop.
    /// </summary>
    private static int FillEightAtATime(ulong start, Span<byte> weights)
    {
        var increment = Vector512.Create(Numerics.SplitMix64.Increment);
        var state = Vector512.Create(start) + Vector512.Create(1UL, 2, 3, 4, 5, 6, 7, 8) * increment;
        var step = Vector512.Create(8UL) * increment;
        int b = 0;
        for (; b + 8 <= weights.Length; b += 8)
        {
            var z = state;
            z = (z ^ Vector512.ShiftRightLogical(z, 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
            z = (z ^ Vector512.ShiftRightLogical(z, 27)) * Vector512.Create(0x94D049BB133111EBUL);
            z ^= Vector512.ShiftRightLogical(z, 31);
            var count = Vector512<ulong>.Zero;
            foreach (var threshold in Thresholds) count -= Vector512.GreaterThanOrEqual(z, Vector512.Create(threshold)); // a true lane is all ones: −1
            for (int k = 0; k < 8; k++) weights[b + k] = (byte)count[k];
            state += step;
        }
        return b;
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across runs and platforms (unlike string.GetHashCode).</summary>
    public static ulong Hash(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return Numerics.SplitMix64.Mix(hash);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += Numerics.SplitMix64.Increment;
        return Numerics.SplitMix64.Mix(state);
    }

    private static ulong[] BuildThresholds()
    {
        var thresholds = new ulong[10];
        double cumulative = 0, p = Math.Exp(-1);
        for (int k = 0; k < thresholds.Length; k++)
        {
            cumulative += p;
            p /= k + 1;
            thresholds[k] = cumulative >= 1 ? ulong.MaxValue : (ulong)(cumulative * ulong.MaxValue);
        }
        return thresholds;
    }
}
