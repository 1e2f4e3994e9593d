namespace FramingAnalyzer.Learning;

/// <summary>
/// A read-only map from a character n-gram (n ≤ 4) whose characters are all Latin-1 (≤ U+00FF) to its feature slot:
/// the characters packed 8 bits each into one 32-bit key, open addressing with linear probing in one flat array of key
/// and slot pairs, at most half full, the home bucket by Fibonacci hashing. Nearly every n-gram of English news is
/// Latin-1, and this table is half the size of <see cref="PackedGramTable"/> (8 bytes an entry instead of 16) with a
/// one-multiply hash, so the linear scorer's one lookup per character misses the cache less often. N-grams with a
/// wider character stay in a <see cref="PackedGramTable"/>.
/// </summary>
internal sealed class NarrowGramTable
{
    private struct Entry
    {
        public uint Key;
        public int Slot; // −1: empty
    }

    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    public NarrowGramTable(IEnumerable<KeyValuePair<uint, int>> entries)
    {
        var list = entries.ToList();
        int capacity = 16;
        while (capacity < 2 * list.Count) capacity *= 2;
        _entries = new Entry[capacity];
        for (int i = 0; i < capacity; i++) _entries[i].Slot = -1;
        _mask = capacity - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (key, slot) in list)
        {
            int i = Home(key);
            while (_entries[i].Slot >= 0 && _entries[i].Key != key) i = (i + 1) & _mask;
            _entries[i].Key = key;
            _entries[i].Slot = slot;
        }
        Count = list.Count;
    }

    public int Count { get; }

    /// <summary>Whether every character of <paramref name="gram"/> fits in 8 bits (the grams this table can hold).</summary>
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

    private int Home(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    public bool TryGetValue(uint key, out int slot)
    {
        int i = Home(key);
        while (true)
        {
            ref readonly var entry = ref _entries[i];
            slot = entry.Slot;
            if (slot < 0) return false;
            if (entry.Key == key) return true;
            i = (i + 1) & _mask;
        }
    }
}
