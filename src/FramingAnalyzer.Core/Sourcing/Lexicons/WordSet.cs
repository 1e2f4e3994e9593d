using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A set of normalised (lowercase) words that can be queried with a span of the normalised text. A set registered in
/// <see cref="GrammarWords"/> also has a bit, so that a sentence can look up all its tokens once and test membership
/// with a mask (<see cref="SentenceView.In"/>).
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // The sets are small and most words asked about are in none of them: the prefilter answers most without hashing.
    private readonly KeyPrefilter _prefilter;

    public WordSet(params string[] words) : this(-1, words)
    {
    }

    public WordSet(int bit, params string[] words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new KeyPrefilter(_words, StringComparison.Ordinal);
        Mask = bit >= 0 ? 1UL << bit : 0;
    }

    /// <summary>The set's bit in a token's grammar mask, or 0 when it has none.</summary>
    public ulong Mask { get; }

    public IEnumerable<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word) => _prefilter.MayContain(word) && _lookup.Contains(word);
}
