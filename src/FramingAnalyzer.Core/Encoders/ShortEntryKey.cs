namespace FramingAnalyzer.Encoders;

/// <summary>
/// The 64-bit key of a vocabulary entry (or a word looked up) of at most 8 characters, each in U+0001..U+00FF: its
/// characters 8 bits each, the first in the highest bits used. No character is 0, so two different texts never share a
/// key, and a lookup by key needs no comparison with the entry's string. Most WordPiece entries and most words of news
/// text fit.
/// </summary>
internal static class ShortEntryKey
{
    public const int MaxLength = 8;

    /// <summary>The key of <paramref name="text"/>; false when it is longer than <see cref="MaxLength"/> or has a character outside U+0001..U+00FF.</summary>
    public static bool TryPack(ReadOnlySpan<char> text, out ulong key)
    {
        key = 0;
        if (text.Length > MaxLength) return false;
        foreach (char c in text)
        {
            if (c is '\0' or > '\u00FF') return false;
            key = (key << 8) | c;
        }
        return true;
    }

    /// <summary>Fibonacci hashing: the multiply by 2⁶⁴/φ carries the low bits, where short texts differ, up into the top <paramref name="bits"/> bits.</summary>
    public static int Home(ulong key, int bits) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - bits));
}
