namespace FramingAnalyzer.Encoders;

/// <summary>
/// Id lookup for WordPiece entries by character span: an open-addressing table keyed by a multiplicative hash of the
/// characters, checked against the entry itself. About twice as fast as a dictionary's alternate (span) lookup, which
/// matters because every sentence the classifiers read is tokenized.
/// </summary>
internal sealed class VocabularyIndex
{
    /// <summary>An entry's hash and id side by side, so a probe touches one cache line rather than one in each of two arrays.</summary>
    private struct Slot
    {
        public uint Hash;
        public int Id; // id + 1; 0 = empty
    }

    private readonly string[] _entries;
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int[] _ascii = new int[128]; // single ASCII characters, -1 when absent

    public VocabularyIndex(string[] entries)
    {
        _entries = entries;
        int size = 1;
        while (size < entries.Length * 2) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        for (int id = 0; id < entries.Length; id++)
        {
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

    /// <summary>The id of a single character, or -1.</summary>
    public int Find(char c) => c < 128 ? _ascii[c] : Find(new ReadOnlySpan<char>(in c));

    private static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash ^ (hash >> 15);
    }
}
