using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A token trie over multi-word lexicon patterns: one dictionary lookup per token, longest match wins.
/// Lookups read token text straight from the normalised document text, without allocating.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();
    // The first words of the patterns, to rule out most tokens before hashing them (built on the first match after an Add).
    private KeyPrefilter? _firstWords;

    public int Count { get; private set; }

    /// <summary>Adds a pattern; returns false (and keeps the first value) when the pattern is already present.</summary>
    public bool Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0) return false;
        var node = _root;
        foreach (var token in tokens)
        {
            if (node.Next is null)
            {
                node.Next = new Dictionary<string, Node>(StringComparer.Ordinal);
                node.Lookup = node.Next.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!node.Next.TryGetValue(token, out var next))
            {
                next = new Node();
                node.Next[token] = next;
            }
            node = next;
        }
        _firstWords = null;
        if (node.HasValue) return false;
        node.HasValue = true;
        node.Value = value;
        Count++;
        return true;
    }

    /// <summary>
    /// The longest pattern that starts at token <paramref name="start"/> and ends before <paramref name="limit"/>;
    /// <paramref name="text"/> is the normalised document text. Returns the match length in tokens (0 when none).
    /// </summary>
    public int Match(string text, Token[] tokens, int start, int limit, out T value)
    {
        value = default!;
        if (start < limit && !MayStartAt(text, tokens[start])) return 0;
        int best = 0;
        var node = _root;
        for (int t = start; t < limit; t++)
        {
            if (node.Next is null) break;
            var lookup = node.Lookup;
            var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
            if (!lookup.TryGetValue(word, out var next))
            {
                // A possessive matches its noun as the last word of a pattern: "the regime's" → "the regime".
                if (!word.EndsWith("'s") || !lookup.TryGetValue(word[..^2], out next) || !next.HasValue) break;
                best = t - start + 1;
                value = next.Value;
                break;
            }
            node = next;
            if (node.HasValue)
            {
                best = t - start + 1;
                value = node.Value;
            }
        }
        return best;
    }

    /// <summary>False when no pattern can start with the token (nor, for a possessive, with its noun).</summary>
    private bool MayStartAt(string text, Token token)
    {
        if (_root.Next is null) return false;
        var filter = _firstWords ??= new KeyPrefilter(_root.Next.Keys, StringComparison.Ordinal);
        var word = text.AsSpan(token.Start, token.Length);
        return filter.MayContain(word) || (word.EndsWith("'s") && filter.MayContain(word[..^2]));
    }

    /// <summary>The longest match anywhere in [start, limit); ties go to the rightmost (the head of an English noun phrase).</summary>
    public PhraseMatch<T>? Longest(string text, Token[] tokens, int start, int limit)
    {
        PhraseMatch<T>? best = null;
        for (int t = start; t < limit; t++)
        {
            int length = Match(text, tokens, t, limit, out var value);
            if (length > 0 && (best is null || length >= best.Value.Length)) best = new PhraseMatch<T>(t, length, value);
        }
        return best;
    }
}

/// <summary>A lexicon match: its first token (document token index), its length in tokens and the entry's value.</summary>
internal readonly record struct PhraseMatch<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}
