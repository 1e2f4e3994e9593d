namespace FramingAnalyzer.Learning;

/// <summary>
/// The home bucket of a 64-bit key that is already well mixed, in a <see cref="LinearProbeTable{TKey, THome}"/>: its top
/// bits, with no further hashing. <see cref="LinearTextScorer"/> packs the n-grams that are not <see cref="NarrowGram"/>s
/// 16 bits a character and passes them through SplitMix64's finaliser, so the top bits already spread them.
/// </summary>
internal readonly struct MixedKey : IHomeBucket<ulong>
{
    public static int KeyBits => 64;

    public static int Home(ulong key, int shift) => (int)(key >> shift);
}
