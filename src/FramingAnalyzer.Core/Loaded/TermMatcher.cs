using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Loaded;

/// <summary>
/// Finds lexicon entries in a document's tokens: case-insensitive, on token boundaries, phrases over consecutive word
/// tokens only, the longest match at each position, and no token counted twice (a phrase match is not counted again
/// for its words). Each hit records whether it lies inside a quotation (the source's words) or not (the outlet's voice).
/// </summary>
public sealed class TermMatcher
{
    private const int PrefixKeyLength = 3;
    private readonly Dictionary<string, List<LexiconEntry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly Dictionary<string, List<LexiconEntry>>.AlternateLookup<ReadOnlySpan<char>> _byStemStart;
    // Most words of a text start no entry: these rule them out before the dictionaries hash them.
    private readonly KeyPrefilter _firstWords, _stemStarts;

    public TermMatcher(WordingLexicon lexicon)
    {
        Lexicon = lexicon;
        var byFirstWord = new Dictionary<string, List<LexiconEntry>>(StringComparer.OrdinalIgnoreCase);
        var byStemStart = new Dictionary<string, List<LexiconEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.Entries)
        {
            var first = entry.Pattern.Words[0];
            var index = entry.Pattern.IsPrefix[0] ? byStemStart : byFirstWord;
            var key = entry.Pattern.IsPrefix[0] ? first[..PrefixKeyLength] : first;
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(entry);
        }
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _byStemStart = byStemStart.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new KeyPrefilter(byFirstWord.Keys, StringComparison.OrdinalIgnoreCase);
        _stemStarts = new KeyPrefilter(byStemStart.Keys, StringComparison.OrdinalIgnoreCase);
    }

    public WordingLexicon Lexicon { get; }

    /// <summary>All hits in the document, sentence by sentence, in text order.</summary>
    public List<TermHit> Match(Document document)
    {
        var hits = new List<TermHit>();
        foreach (var sentence in document.Sentences) MatchSentence(document, sentence, hits);
        return hits;
    }

    public void MatchSentence(Document document, Sentence sentence, List<TermHit> hits)
    {
        var tokens = document.Tokens;
        int end = sentence.FirstToken + sentence.TokenCount;
        Span<char> buffer = stackalloc char[64];
        for (int t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            var first = Normalise(document.TokenText(tokens[t]), buffer);
            LexiconEntry? best = null;
            int bestLength = 0;
            if (_firstWords.MayContain(first) && _byFirstWord.TryGetValue(first, out var exact)) Consider(exact, document, t, end, ref best, ref bestLength);
            if (first.Length >= PrefixKeyLength && _stemStarts.MayContain(first[..PrefixKeyLength]) && _byStemStart.TryGetValue(first[..PrefixKeyLength], out var stems))
            {
                Consider(stems, document, t, end, ref best, ref bestLength);
            }
            if (best is null) continue;
            var last = tokens[t + bestLength - 1];
            hits.Add(new TermHit
            {
                SentenceIndex = sentence.Index,
                Span = new TextSpan(tokens[t].Start, last.End),
                Term = best.Pattern.Text,
                Category = best.Category,
                Weight = best.Weight,
                Family = best.Family,
                Choice = best.Choice,
                InQuote = tokens[t].InQuote,
            });
            t += bestLength - 1;
        }
    }

    private static void Consider(List<LexiconEntry> candidates, Document document, int start, int end, ref LexiconEntry? best, ref int bestLength)
    {
        Span<char> apostrophes = stackalloc char[64];
        Span<char> lower = stackalloc char[64];
        foreach (var entry in candidates)
        {
            var words = entry.Pattern.Words;
            if (words.Length < bestLength || start + words.Length > end) continue;
            bool match = true;
            for (int w = 0; w < words.Length && match; w++)
            {
                var token = document.Tokens[start + w];
                match = token.Kind is TokenKind.Word or TokenKind.Number
                    && entry.Pattern.WordMatches(w, Lower(Normalise(document.TokenText(token), apostrophes), lower));
            }
            if (!match) continue;
            if (words.Length > bestLength || best is not null && PreferOver(entry, best))
            {
                best = entry;
                bestLength = words.Length;
            }
        }
    }

    /// <summary>On equal length, an exact word beats a stem, then the loaded entry, then the ordinal-first pattern (deterministic).</summary>
    private static bool PreferOver(LexiconEntry candidate, LexiconEntry current)
    {
        int stemsCandidate = candidate.Pattern.IsPrefix.Count(p => p), stemsCurrent = current.Pattern.IsPrefix.Count(p => p);
        if (stemsCandidate != stemsCurrent) return stemsCandidate < stemsCurrent;
        if (candidate.IsLoaded != current.IsLoaded) return candidate.IsLoaded;
        return string.CompareOrdinal(candidate.Pattern.Text, current.Pattern.Text) < 0;
    }

    /// <summary>Curly apostrophes become straight ones (no allocation unless needed).</summary>
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.IndexOf('’') < 0 || token.Length > buffer.Length) return token;
        token.CopyTo(buffer);
        buffer[..token.Length].Replace('’', '\'');
        return buffer[..token.Length];
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.Length > buffer.Length) return token;
        bool hasUpper = false;
        foreach (var c in token) if (char.IsUpper(c)) { hasUpper = true; break; }
        if (!hasUpper) return token;
        token.ToLowerInvariant(buffer);
        return buffer[..token.Length];
    }
}
