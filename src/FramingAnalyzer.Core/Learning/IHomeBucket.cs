namespace FramingAnalyzer.Learning;

/// <summary>
/// How a <see cref="LinearProbeTable{TKey, THome}"/> picks a key's home bucket. Static, and implemented by structs, so
/// that the table's generic code is specialised for each implementation and the call inlined in its lookup loop.
/// </summary>
internal interface IHomeBucket<TKey> where TKey : unmanaged
{
    /// <summary>The bits of a key; the table shifts a hash right by this less the log₂ of its capacity.</summary>
    static abstract int KeyBits { get; }

    /// <summary>The home bucket of <paramref name="key"/>: <see cref="KeyBits"/> bits of hash, shifted right by <paramref name="shift"/>.</summary>
    static abstract int Home(TKey key, int shift);
}
