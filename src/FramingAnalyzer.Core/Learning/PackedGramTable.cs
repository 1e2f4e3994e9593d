using FramingAnalyzer.Numerics;
namespace FramingAnalyzer.Learning;

/// <summary>
/// A read-only map from a mixed 64-bit n-gram key to its feature slot: open addressing with linear probing in one flat
/// array of key and slot pairs, at most half full. The hot loop of the linear scorer does one lookup per character, where a
/// <see cref="Dictionary{TKey, TValue}"/>'s bucket indirection and comparer calls cost about twice as much.
/// Keys must already be well mixed (<see cref="LinearTextScorer"/> passes them through SplitMix64's finaliser).
/// </summary>
internal sealed class PackedGramTable
{
    /// <summary>A key and its slot side by side, so a probe touches one cache line rather than one in each of two arrays.</summary>
    private struct Entry
    {
        public ulong Key;
        public int Slot; // −1: empty
    }

    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    public PackedGramTable(IEnumerable<KeyValuePair<ulong, int>> entries)
    {
        var list = entries.ToList();
        int capacity = 16;
        while (capacity < 2 * list.Count) capacity *= 2;
        _entries = new Entry[capacity];
        for (int i = 0; i < capacity; i++) _entries[i].Slot = -1;
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
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

    private int Home(ulong key) => (int)(key >> _shift);

    public bool TryGetValue(ulong key, out int slot)
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
