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
        for (int b = 0; b < weights.Length; b++)
        {
            ulong u = SplitMix(ref state);
            byte k = 0;
            while (k < Thresholds.Length && u >= Thresholds[k]) k++;
            weights[b] = k;
        }
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
