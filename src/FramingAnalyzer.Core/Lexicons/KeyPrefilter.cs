namespace FramingAnalyzer.Lexicons;

/// <summary>
/// A quick, exact "certainly not a key" test in front of a dictionary of words that is looked up once per token of
/// every sentence: a bit set over the keys' length and first three characters. Most tokens of running text are not in
/// a lexicon, and for them one bit test replaces hashing the whole token and probing the dictionary. Never says no
/// for a key: with <see cref="StringComparison.OrdinalIgnoreCase"/>, ASCII letters are folded to upper case, and a
/// token with a character outside ASCII among the first three always passes (as does every token when a key has one
/// there), since case mapping outside ASCII can meet ASCII (dotless ı and I).
/// </summary>
internal sealed class KeyPrefilter
{
    private const int Bits = 1 << 15;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private readonly bool _ignoreCase;
    private readonly bool _passAll;

    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>, as the dictionary compares keys.</param>
    public KeyPrefilter(IEnumerable<string> keys, StringComparison comparison)
    {
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase)) throw new ArgumentOutOfRangeException(nameof(comparison));
        _ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        foreach (var key in keys)
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
        bit = (int)(hash >> 17);
        return true;
    }
}
