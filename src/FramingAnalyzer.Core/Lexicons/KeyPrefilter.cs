namespace FramingAnalyzer.Lexicons;

/// <summary>
/// A quick, exact "certainly not a key" test in front of a dictionary of words that is looked up once per token of
/// every sentence: a bit set over the keys' length and first three characters. Most tokens of running text are not in
/// a lexicon, and for them one bit test replaces hashing the whole token and probing the dictionary. Never says no
/// for a key: with <see cref="StringComparison.OrdinalIgnoreCase"/>, ASCII letters are folded to upper case, and a
/// token with a character outside ASCII among the first three always passes (as does every token when a key has one
/// there), since case mapping outside ASCII can meet ASCII (dotless ı and I). The bit set is sized to its keys (about
/// 64 bits a key, 512 to 32,768 bits): a run has about a hundred prefilters, most over a few dozen words or fewer
/// (the sourcing rules' word sets), and at 4 KB each they did not fit in the first-level cache together.
/// </summary>
internal sealed class KeyPrefilter
{
    private const int MinBits = 1 << 9, MaxBits = 1 << 15, BitsPerKey = 64;
    private readonly ulong[] _bits;
    private readonly int _shift; // a hash's top bits pick the bit: 32 − log₂ of the set's size
    private readonly bool _ignoreCase;
    private readonly bool _passAll;

    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>, as the dictionary compares keys.</param>
    public KeyPrefilter(IEnumerable<string> keys, StringComparison comparison)
    {
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase)) throw new ArgumentOutOfRangeException(nameof(comparison));
        _ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        var all = keys as IReadOnlyCollection<string> ?? keys.ToList();
        int bits = MinBits;
        while (bits < MaxBits && bits < (long)all.Count * BitsPerKey) bits *= 2;
        _bits = new ulong[bits / 64];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)bits);
        foreach (var key in all)
        {
            if (!TryBit(key, out int bit))
            {
                _passAll = true;
                return;
            }
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False when <paramref name="token"/> is certainly not one of the keys; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> token) => _passAll || !TryBit(token, out int bit) || (_bits[bit >> 6] & (1UL << bit)) != 0;

    /// <summary>The bit of a key or token; false when it has a character outside ASCII among its first three.</summary>
    private bool TryBit(ReadOnlySpan<char> text, out int bit)
    {
        uint hash = (uint)Math.Min(text.Length, 63);
        for (int i = 0; i < 3 && i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 128)
            {
                bit = 0;
                return false;
            }
            if (_ignoreCase && c is >= 'a' and <= 'z') c = (char)(c - 32);
            hash = hash * 131 + c;
        }
        hash *= 2654435761;
        bit = (int)(hash >> _shift);
        return true;
    }
}
