namespace FramingAnalyzer.Numerics;

/// <summary>
/// SplitMix64's finaliser: a bijective 64-bit mix that spreads every input bit over the output. Used for the seeded
/// generator, id hashes (Poisson weights, duplicate fingerprints) and packed n-gram keys.
/// </summary>
public static class SplitMix64
{
    public const ulong Increment = 0x9E3779B97F4A7C15UL;

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
