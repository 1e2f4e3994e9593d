namespace FramingAnalyzer.Learning;

/// <summary>
/// The 32-bit key of a character n-gram (n ≤ 4) whose characters are all Latin-1 (≤ U+00FF), 8 bits a character, and
/// its home bucket in a <see cref="LinearProbeTable{TKey, THome}"/> by Fibonacci hashing. Nearly every n-gram of
/// English news is Latin-1, and such a table is half the size of one over 64-bit <see cref="MixedKey"/>s (8 bytes an
/// entry instead of 16) with a one-multiply hash, so the linear scorer's one lookup per character misses the cache less
/// often. N-grams with a wider character go in a table over <see cref="MixedKey"/>s.
/// </summary>
internal readonly struct NarrowGram : IHomeBucket<uint>
{
    /// <summary>Whether every character of <paramref name="gram"/> fits in 8 bits (the grams this key can hold).</summary>
    public static bool Fits(string gram)
    {
        foreach (char c in gram)
        {
            if (c > 0xFF) return false;
        }
        return true;
    }

    /// <summary>The key of a Latin-1 n-gram: its characters 8 bits each, the first in the highest bits used.</summary>
    public static uint Pack(string gram)
    {
        uint key = 0;
        foreach (char c in gram) key = (key << 8) | (byte)c;
        return key;
    }

    public static int KeyBits => 32;

    /// <summary>
    /// Fibonacci hashing: packed lower-case text differs mostly in its low bits, which the multiply by 2³²/φ carries up
    /// into the top bits the bucket is taken from.
    /// </summary>
    public static int Home(uint key, int shift) => (int)((key * 0x9E3779B1u) >> shift);
}
