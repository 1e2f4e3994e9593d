using System.Globalization;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// BERT's uncased WordPiece tokenizer, written here so that the static tier needs no ONNX types: text is cleaned
/// (control characters dropped, any Unicode space a boundary), lower-cased, stripped of accents, split around
/// punctuation and CJK ideographs, and each word is cut into the longest vocabulary pieces from the left
/// ("kremlin" → k ##rem ##lin); a word with no such cut is [UNK]. A vocabulary may end with whole-word entries
/// (ids from <see cref="PieceCount"/> on: words the static table has a vector of their own for, such as "lawmaker");
/// they are used only when asked for, since the transformer knows only the pieces. Thread-safe; allocation-free per word.
/// </summary>
public sealed class WordPieceTokenizer
{
    public const string Unknown = "[UNK]", Classification = "[CLS]", Separator = "[SEP]", Padding = "[PAD]";
    private const int MaxCharsPerWord = 100;

    private readonly string[] _tokens;
    private readonly VocabularyIndex _index;

    public WordPieceTokenizer(IReadOnlyList<string> vocabulary, int? pieceCount = null)
    {
        _tokens = [.. vocabulary];
        PieceCount = pieceCount ?? _tokens.Length;
        _index = new VocabularyIndex(_tokens);
        UnknownId = IdOf(Unknown);
        ClassificationId = IdOf(Classification);
        SeparatorId = IdOf(Separator);
        PaddingId = IdOf(Padding);
    }

    /// <summary>How many of the vocabulary's entries are the transformer's pieces; the rest are whole words.</summary>
    public int PieceCount { get; }
    public int UnknownId { get; }
    public int ClassificationId { get; }
    public int SeparatorId { get; }
    public int PaddingId { get; }
    public IReadOnlyList<string> Vocabulary => _tokens;

    public string TokenOf(int id) => _tokens[id];

    public int IdOf(string token) => _index.Find(token) is var id and >= 0 ? id
        : throw new ArgumentException($"The vocabulary has no token '{token}'.", nameof(token));

    /// <summary>Token ids of a text, without [CLS] and [SEP].</summary>
    public int[] Tokenize(string text, bool wholeWords = false)
    {
        var ids = new List<int>(text.Length / 4 + 4);
        Tokenize(text, ids, wholeWords);
        return [.. ids];
    }

    /// <summary>The words of a text after cleaning, lower-casing, accent stripping and splitting (before WordPiece).</summary>
    public static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (char raw in text)
        {
            var kind = Classify(raw, out char c);
            if (kind == CharKind.Skip) continue;
            if (kind != CharKind.Letter && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
            if (kind == CharKind.Split) words.Add(c.ToString());
            else if (kind == CharKind.Letter) current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>Appends the token ids of a text (without [CLS] and [SEP]) to <paramref name="ids"/>.</summary>
    /// <param name="wholeWords">Whether whole-word entries may be used (the static table) or only the transformer's pieces.</param>
    public void Tokenize(ReadOnlySpan<char> text, List<int> ids, bool wholeWords = false)
    {
        Span<char> word = stackalloc char[MaxCharsPerWord + 1];
        Span<char> piece = stackalloc char[MaxCharsPerWord + 3];
        int length = 0;
        bool tooLong = false;
        foreach (char raw in text)
        {
            var kind = Classify(raw, out char c);
            if (kind == CharKind.Skip) continue;
            if (kind != CharKind.Letter) Flush(word, piece, ref length, ref tooLong, ids, wholeWords);
            if (kind == CharKind.Split) ids.Add(_index.Find(c) is var single and >= 0 ? single : UnknownId);
            else if (kind == CharKind.Letter)
            {
                if (length < word.Length) word[length++] = c;
                else tooLong = true;
            }
        }
        Flush(word, piece, ref length, ref tooLong, ids, wholeWords);
    }

    private void Flush(Span<char> word, Span<char> piece, ref int length, ref bool tooLong, List<int> ids, bool wholeWords)
    {
        if (length == 0) return;
        if (tooLong || length > MaxCharsPerWord) ids.Add(UnknownId);
        else AddPieces(word[..length], piece, ids, wholeWords);
        length = 0;
        tooLong = false;
    }

    /// <summary>Greedy longest-match-first: the longest vocabulary entry from the left, then "##" pieces for the rest.</summary>
    private void AddPieces(ReadOnlySpan<char> word, Span<char> piece, List<int> ids, bool wholeWords)
    {
        int whole = _index.Find(word);
        if (whole >= 0 && (wholeWords || whole < PieceCount))
        {
            ids.Add(whole);
            return;
        }
        int mark = ids.Count;
        int start = 0;
        piece[0] = '#';
        piece[1] = '#';
        while (start < word.Length)
        {
            int found = -1, end = word.Length;
            for (; end > start; end--)
            {
                ReadOnlySpan<char> candidate;
                if (start == 0) candidate = word[..end];
                else
                {
                    word[start..end].CopyTo(piece[2..]);
                    candidate = piece[..(end - start + 2)];
                }
                found = _index.Find(candidate);
                if (found >= 0 && found < PieceCount) break;
                found = -1;
            }
            if (found < 0)
            {
                ids.RemoveRange(mark, ids.Count - mark);
                ids.Add(UnknownId);
                return;
            }
            ids.Add(found);
            start = end;
        }
    }

    private enum CharKind { Skip, Space, Split, Letter }

    /// <summary>BERT's basic tokenizer for one character: dropped, a boundary, a token of its own, or part of a word (lower-cased, accent stripped).</summary>
    private static CharKind Classify(char raw, out char c)
    {
        c = raw;
        if (raw < '\u0080')
        {
            // ASCII, the common case: no category lookups.
            if (raw is >= 'a' and <= 'z' or >= '0' and <= '9') return CharKind.Letter;
            if (raw is >= 'A' and <= 'Z')
            {
                c = (char)(raw | 0x20);
                return CharKind.Letter;
            }
            if (raw is ' ' or '\t' or '\n' or '\r') return CharKind.Space;
            if (raw < ' ' || raw == '\u007F') return CharKind.Skip;
            return CharKind.Split; // every other printable ASCII character is punctuation to BERT
        }
        if (raw == '\0' || raw == '\uFFFD') return CharKind.Skip;
        if (IsSpace(raw)) return CharKind.Space;
        if (IsControl(raw)) return CharKind.Skip;
        c = char.ToLowerInvariant(raw);
        if (IsMark(c)) return CharKind.Skip;
        if (Diacritics.TryStrip(c, out var plain)) c = char.ToLowerInvariant(plain);
        return IsPunctuation(c) || IsCjk(c) ? CharKind.Split : CharKind.Letter;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    private static bool IsControl(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    private static bool IsMark(char c) => c >= '\u0300' && char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsPunctuation(char c)
    {
        if (c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~') return true;
        if (c < '\u00A1') return false;
        return char.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
