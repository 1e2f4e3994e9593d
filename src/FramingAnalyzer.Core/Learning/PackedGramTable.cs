using FramingAnalyzer.Numerics;
namespace FramingAnalyzer.Learning;

/// <summary>
/// A read-only map from a mixed 64-bit n-gram key to its feature slot: open addressing with linear probing in two flat
/// arrays at most half full. The hot loop of the linear scorer does one lookup per character, where a
/// <see cref="Dictionary{TKey, TValue}"/>'s bucket indirection and comparer calls cost about twice as much.
/// Keys must already be well mixed (<see cref="LinearTextScorer"/> passes them through SplitMix64's finaliser).
/// </summary>
internal sealed class PackedGramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _slots; // −1: empty
    private readonly int _shift;
    private readonly int _mask;

    public PackedGramTable(IEnumerable<KeyValuePair<ulong, int>> entries)
    {
        var list = entries.ToList();
        int capacity = 16;
        while (capacity < 2 * list.Count) capacity *= 2;
        _keys = new ulong[capacity];
        _slots = new int[capacity];
        Array.Fill(_slots, -1);
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (key, slot) in list)
        {
            int i = Home(key);
            while (_slots[i] >= 0 && _keys[i] != key) i = (i + 1) & _mask;
            _keys[i] = key;
            _slots[i] = slot;
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
            slot = _slots[i];
            if (slot < 0) return false;
            if (_keys[i] == key) return true;
            i = (i + 1) & _mask;
        }
    }
}
