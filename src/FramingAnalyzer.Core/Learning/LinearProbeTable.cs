namespace FramingAnalyzer.Learning;

/// <summary>
/// A read-only map from an integer key to its feature slot: open addressing with linear probing in one flat array of
/// key and slot pairs, at most half full. The hot loop of the linear scorer does one lookup per character, where a
/// <see cref="Dictionary{TKey, TValue}"/>'s bucket indirection and comparer calls cost about twice as much.
/// <typeparamref name="THome"/> picks a key's home bucket (<see cref="NarrowGram"/>: Latin-1 n-grams in 32 bits;
/// <see cref="MixedKey"/>: any n-gram, packed into 64 bits and mixed). Both type arguments are value types, so the JIT
/// compiles a copy of this class for each pair, with the key comparison and the home function inlined: as fast as the
/// two hand-written tables this replaces.
/// </summary>
internal sealed class LinearProbeTable<TKey, THome>
    where TKey : unmanaged, IEquatable<TKey>
    where THome : struct, IHomeBucket<TKey>
{
    /// <summary>A key and its slot side by side, so a probe touches one cache line rather than one in each of two arrays.</summary>
    private struct Entry
    {
        public TKey Key;
        public int Slot; // −1: empty
    }

    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    public LinearProbeTable(IEnumerable<KeyValuePair<TKey, int>> entries)
    {
        var list = entries.ToList();
        int capacity = 16;
        while (capacity < 2 * list.Count) capacity *= 2;
        _entries = new Entry[capacity];
        for (int i = 0; i < capacity; i++) _entries[i].Slot = -1;
        _mask = capacity - 1;
        _shift = THome.KeyBits - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (key, slot) in list)
        {
            int i = THome.Home(key, _shift);
            while (_entries[i].Slot >= 0 && !_entries[i].Key.Equals(key)) i = (i + 1) & _mask;
            _entries[i].Key = key;
            _entries[i].Slot = slot;
        }
        Count = list.Count;
    }

    public int Count { get; }

    public bool TryGetValue(TKey key, out int slot)
    {
        int i = THome.Home(key, _shift);
        while (true)
        {
            ref readonly var entry = ref _entries[i];
            slot = entry.Slot;
            if (slot < 0) return false;
            if (entry.Key.Equals(key)) return true;
            i = (i + 1) & _mask;
        }
    }
}
