using FramingAnalyzer.Numerics;
namespace FramingAnalyzer.Statistics;

/// <summary>A small deterministic generator (SplitMix64) so statistical results are reproducible across runtimes.</summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public static SeededRandom For(int seed, params string[] keys)
    {
        ulong state = (ulong)seed * 0x9E3779B97F4A7C15UL;
        foreach (var key in keys) state = state * 31 + Aggregation.PoissonWeights.Hash(key);
        return new SeededRandom(state);
    }

    public ulong NextUInt64() => SplitMix64.Mix(_state += SplitMix64.Increment);

    /// <summary>Uniform integer in [0, bound).</summary>
    public int Next(int bound) => (int)((uint)(NextUInt64() >> 33) % (uint)bound); // < 2^31: same value as a 64-bit remainder, cheaper

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
