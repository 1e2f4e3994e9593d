namespace FramingAnalyzer.Learning;

/// <summary>
/// A read-only map from a word n-gram (one word, or two joined by a separator character) to its feature slot, looked up
/// by character spans: open addressing with linear probing, at most half full, keyed by an FNV-1a hash of the
/// characters and checked against the stored n-gram. A pair is looked up from its two words as they lie in the text
/// (<see cref="TryGetPair"/>), so the scorer neither copies them into a joined buffer nor hashes the first word twice.
/// About twice as fast as a dictionary's alternate (span) lookup, which matters because the linear scorer looks up
/// every word and every word pair of every sentence it reads.
/// </summary>
internal sealed class WordGramIndex
{
    private const uint Seed = 2166136261, Prime = 16777619;
    /// <summary>An n-gram with its hash and slot, side by side so a probe touches one cache line.</summary>
    private struct Entry
    {
        public string? Gram; // null = empty
        public uint Hash;
        public int Feature;
    }

    private readonly Entry[] _entries;
    private readonly int _mask;

    public WordGramIndex(IReadOnlyCollection<KeyValuePair<string, int>> grams)
    {
        int size = 16;
        while (size < 2 * grams.Count) size <<= 1;
        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (gram, feature) in grams)
        {
            uint hash = Finish(Continue(Seed, gram));
            int i = (int)(hash & (uint)_mask);
            while (_entries[i].Gram is { } stored && !(_entries[i].Hash == hash && string.Equals(stored, gram, StringComparison.Ordinal))) i = (i + 1) & _mask;
            _entries[i] = new Entry { Gram = gram, Hash = hash, Feature = feature };
        }
    }

    /// <summary>The hash state after <paramref name="text"/>, continued from <paramref name="state"/> (start from <see cref="Start"/>).</summary>
    public static uint Continue(uint state, ReadOnlySpan<char> text)
    {
        foreach (char c in text) state = (state ^ c) * Prime;
        return state;
    }

    /// <summary>The hash state of the empty text.</summary>
    public static uint Start => Seed;

    private static uint Finish(uint state) => state ^ (state >> 15);

    /// <summary>The slot of one word, given the hash state of the word (<see cref="Continue"/> from <see cref="Start"/>).</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, uint wordState, out int feature)
    {
        uint hash = Finish(wordState);
        int i = (int)(hash & (uint)_mask);
        while (_entries[i].Gram is { } gram)
        {
            if (_entries[i].Hash == hash && word.SequenceEqual(gram))
            {
                feature = _entries[i].Feature;
                return true;
            }
            i = (i + 1) & _mask;
        }
        feature = -1;
        return false;
    }

    /// <summary>The slot of the pair <paramref name="first"/>, <paramref name="separator"/>, <paramref name="second"/>, given
    /// the hash state of <paramref name="first"/> alone.</summary>
    public bool TryGetPair(ReadOnlySpan<char> first, uint firstState, char separator, ReadOnlySpan<char> second, out int feature)
    {
        uint hash = Finish(Continue((firstState ^ separator) * Prime, second));
        int length = first.Length + 1 + second.Length;
        int i = (int)(hash & (uint)_mask);
        while (_entries[i].Gram is { } gram)
        {
            if (_entries[i].Hash == hash && gram.Length == length && gram[first.Length] == separator
                && gram.AsSpan(0, first.Length).SequenceEqual(first) && gram.AsSpan(first.Length + 1).SequenceEqual(second))
            {
                feature = _entries[i].Feature;
                return true;
            }
            i = (i + 1) & _mask;
        }
        feature = -1;
        return false;
    }
}
