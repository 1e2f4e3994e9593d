namespace FramingAnalyzer.Encoders;

/// <summary>
/// Id lookup for WordPiece entries by character span. Entries of up to 8 Latin-1 characters (most of them) are found by
/// their packed characters (<see cref="ShortEntryKey"/>), with no string to compare; the others in an open-addressing
/// table keyed by a multiplicative hash of the characters, checked against the entry itself. Every word of every
/// sentence the classifiers read is looked up here (about 5% of a run's CPU), so the short path matters.
/// </summary>
internal sealed class VocabularyIndex
{
    /// <summary>An entry's hash and id side by side, so a probe touches one cache line rather than one in each of two arrays.</summary>
    private struct Slot
    {
        public uint Hash;
        public int Id; // id + 1; 0 = empty
    }

    /// <summary>A short entry's key (<see cref="ShortEntryKey"/>) and id side by side.</summary>
    private struct ShortSlot
    {
        public ulong Key;
        public int Id; // id + 1; 0 = empty
    }

    private readonly ShortSlot[] _shortSlots;
    private readonly int _shortBits;
    private readonly string[] _entries;
    private readonly Slot[] _slots; // the entries that are no ShortEntryKey
    private readonly int _mask;
    private readonly int[] _ascii = new int[128]; // single ASCII characters, -1 when absent

    public VocabularyIndex(string[] entries)
    {
        _entries = entries;
        int shortCount = 0;
        foreach (var entry in entries) if (ShortEntryKey.TryPack(entry, out _)) shortCount++;
        int longCount = entries.Length - shortCount;
        _shortBits = 1;
        while ((1 << _shortBits) < shortCount * 2) _shortBits++;
        _shortSlots = new ShortSlot[1 << _shortBits];
        for (int id = 0; id < entries.Length; id++)
        {
            if (!ShortEntryKey.TryPack(entries[id], out ulong key)) continue;
            int slot = ShortEntryKey.Home(key, _shortBits);
            while (_shortSlots[slot].Id != 0 && _shortSlots[slot].Key != key) slot = (slot + 1) & (_shortSlots.Length - 1);
            if (_shortSlots[slot].Id == 0) _shortSlots[slot] = new ShortSlot { Key = key, Id = id + 1 }; // the first id of a repeated entry wins
        }
        int size = 1;
        while (size < longCount * 2) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        for (int id = 0; id < entries.Length; id++)
        {
            if (ShortEntryKey.TryPack(entries[id], out _)) continue;
            uint hash = Hash(entries[id]);
            int slot = (int)(hash & (uint)_mask);
            bool duplicate = false;
            while (_slots[slot].Id != 0)
            {
                if (_slots[slot].Hash == hash && string.Equals(entries[_slots[slot].Id - 1], entries[id], StringComparison.Ordinal)) { duplicate = true; break; }
                slot = (slot + 1) & _mask;
            }
            if (duplicate) continue; // the first id of a repeated entry wins
            _slots[slot] = new Slot { Hash = hash, Id = id + 1 };
        }
        for (int c = 0; c < _ascii.Length; c++) _ascii[c] = Find(new ReadOnlySpan<char>([(char)c]));
    }

    /// <summary>The id of an entry, or -1.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        if (ShortEntryKey.TryPack(text, out ulong key)) return FindShort(key);
        uint hash = Hash(text);
        int slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var (stored, storedHash) = (_slots[slot].Id, _slots[slot].Hash);
            if (stored == 0) return -1;
            if (storedHash == hash && text.SequenceEqual(_entries[stored - 1])) return stored - 1;
            slot = (slot + 1) & _mask;
        }
    }

    private int FindShort(ulong key)
    {
        int slot = ShortEntryKey.Home(key, _shortBits);
        while (true)
        {
            ref readonly var entry = ref _shortSlots[slot];
            if (entry.Id == 0) return -1;
            if (entry.Key == key) return entry.Id - 1;
            slot = (slot + 1) & (_shortSlots.Length - 1);
        }
    }

    /// <summary>The id of a single character, or -1.</summary>
    public int Find(char c) => c < 128 ? _ascii[c] : Find(new ReadOnlySpan<char>(in c));

    private static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash ^ (hash >> 15);
    }
}
