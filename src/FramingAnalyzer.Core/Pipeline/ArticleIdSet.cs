namespace FramingAnalyzer.Pipeline;

/// <summary>
/// The ids already seen in a run, for duplicate detection, kept as 128-bit fingerprints (two independent 64-bit FNV-1a
/// hashes of the id) instead of the strings: ~28 bytes per article whatever the id's length. Two different ids would
/// be taken for one with probability about n²/2¹²⁹ (below 10⁻²⁶ for a million articles).
/// </summary>
public sealed class ArticleIdSet
{
    private readonly HashSet<UInt128> _seen = [];

    public int Count => _seen.Count;

    /// <summary>True when the id had not been seen.</summary>
    public bool Add(string id) => _seen.Add(Fingerprint(id));

    public static UInt128 Fingerprint(string id)
    {
        ulong a = 14695981039346656037UL, b = 0x6C62272E07BB0142UL;
        foreach (char c in id)
        {
            a = (a ^ c) * 1099511628211UL;
            b = (b ^ (ulong)(c + 0x9E37)) * 0x100000001B3UL;
        }
        return new UInt128(Numerics.SplitMix64.Mix(a), Numerics.SplitMix64.Mix(b ^ (ulong)id.Length));
    }
}
