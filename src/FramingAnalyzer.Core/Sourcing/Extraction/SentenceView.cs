using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// One sentence as the attribution rules read it: its tokens by position 0..Count-1, their normalised text, and which
/// of them start a reporting cue. Positions are relative to the sentence.
/// </summary>
internal sealed class SentenceView
{
    private readonly Token[] _tokens;
    // The document's text and normalised text, held here because every predicate reads one of them.
    private readonly string _text, _norm;
    // The document's grammar masks (DocumentText.GrammarMasks), indexed by document token.
    private readonly ulong[] _masks;

    public SentenceView(DocumentText text, Sentence sentence)
    {
        DocumentText = text;
        Sentence = sentence;
        _tokens = text.Document.Tokens;
        _text = text.Document.Text;
        _norm = text.Normalised;
        First = sentence.FirstToken;
        Count = sentence.TokenCount;
        _masks = text.GrammarMasks;
        // The last position that can hold content: before the final full stop and closing marks.
        int end = Count;
        while (end > 0 && (IsQuoteMark(end - 1) || IsPunct(end - 1, ')') || IsTerminal(end - 1))) end--;
        ContentLimit = end;
    }

    public DocumentText DocumentText { get; }
    public Document Document => DocumentText.Document;
    public string Text => _text;
    public string Norm => _norm;
    public Sentence Sentence { get; }
    public int First { get; }
    public int Count { get; }
    /// <summary>End (exclusive) of the sentence without its final punctuation and closing marks.</summary>
    public int ContentLimit { get; }
    /// <summary>A headline-style sentence where most words are capitalised.</summary>
    public bool IsTitleCase => _titleCase ??= ComputeTitleCase();

    private bool? _titleCase;

    /// <summary>Most words capitalised, and no lower-case word of five letters or more but a preposition: a headline in
    /// title case ("Clinton Says Debate Was Rigged Against Her"), not a sentence dense with names ("Derek Olsen teaches
    /// economics at Ohio State University").</summary>
    private bool ComputeTitleCase()
    {
        int words = 0, capitalised = 0;
        bool longLowerCase = false;
        for (int i = 0; i < Count; i++)
        {
            if (!IsWord(i)) continue;
            words++;
            if (IsCapitalised(i)) capitalised++;
            else if (Word(i).Length >= 5 && !In(i, GrammarWords.Prepositions)) longLowerCase = true;
        }
        return words >= 3 && capitalised >= 0.6 * words && !longLowerCase;
    }

    /// <summary>Bit 63 marks a mask as looked up.</summary>
    private const ulong Known = 1UL << 63;

    private ulong MaskAt(int i)
    {
        var mask = _masks[First + i];
        if (mask == 0)
        {
            mask = GrammarWords.MaskOf(Word(i)) | Known;
            // "Theresa May said", "Will Hurd said": a modal inside a name is a name (NameWords).
            if ((mask & GrammarWords.Auxiliaries.Mask) != 0 && NameWords.IsNamePart(this, i)) mask &= ~(GrammarWords.Auxiliaries.Mask | GrammarWords.Adverbs.Mask);
            _masks[First + i] = mask;
        }
        return mask;
    }

    public Token this[int i] => _tokens[First + i];
    public int DocIndex(int i) => First + i;

    public ReadOnlySpan<char> Word(int i) => Norm.AsSpan(_tokens[First + i].Start, _tokens[First + i].Length);

    public bool Is(int i, string word) => i >= 0 && i < Count && Word(i).SequenceEqual(word);

    public bool In(int i, WordSet set)
    {
        if (i < 0 || i >= Count || _tokens[First + i].Kind != TokenKind.Word) return false;
        return set.Mask != 0 ? (MaskAt(i) & set.Mask) != 0 : set.Contains(Word(i));
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is in any of the registered sets whose bits make up <paramref name="sets"/>
    /// (<see cref="GrammarWords.Bits"/>): the same answer as <see cref="In"/> over each set, with one mask test.
    /// </summary>
    public bool InAny(int i, ulong sets)
    {
        if (i < 0 || i >= Count || _tokens[First + i].Kind != TokenKind.Word) return false;
        return (MaskAt(i) & sets) != 0;
    }

    public bool IsWord(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.Number;

    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[this[i].Start]);

    public bool IsPunct(int i, char c) => i >= 0 && i < Count && this[i].Kind == TokenKind.Punctuation && Text[this[i].Start] == c;

    public bool IsComma(int i) => IsPunct(i, ',');

    public bool IsQuoteMark(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.QuoteMark;

    public bool IsDoubleQuoteMark(int i) => IsQuoteMark(i) && QuoteMarks.IsDouble(Text[this[i].Start]);

    /// <summary>
    /// A double quotation mark around a nickname inside a name (Tomas "Tom" Berg): one or two capitalised words between
    /// two marks, with a capitalised word right outside each (as <c>QuoteMarker</c> reads them: no quotation).
    /// </summary>
    public bool IsNicknameMark(int i)
    {
        if (!IsDoubleQuoteMark(i)) return false;
        for (int other = i - 3; other <= i + 3; other++)
        {
            if (Math.Abs(other - i) < 2 || !IsDoubleQuoteMark(other)) continue;
            int open = Math.Min(i, other), close = Math.Max(i, other);
            bool nameInside = true;
            for (int w = open + 1; w < close; w++) nameInside &= IsCapitalised(w) && !InQuote(w);
            if (nameInside && IsCapitalised(open - 1) && IsCapitalised(close + 1)) return true;
        }
        return false;
    }

    public bool IsTerminal(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.Punctuation && Text[this[i].Start] is '.' or '!' or '?' or '…' or ';';

    public bool InQuote(int i) => i >= 0 && i < Count && this[i].InQuote;

    /// <summary>A lowercase word ending in -ly that is an adverb ("bluntly"), not a noun ("family").</summary>
    public bool IsLyAdverb(int i)
    {
        if (!IsWord(i) || IsCapitalised(i)) return false;
        var w = Word(i);
        return w.Length >= 5 && w.EndsWith("ly") && !GrammarWords.LyNouns.Contains(w);
    }

    /// <summary>The character span of tokens [from, to).</summary>
    public TextSpan Span(int from, int to) => new(this[from].Start, this[to - 1].End);

    public string Slice(int from, int to) => from >= to ? "" : Text.Substring(this[from].Start, this[to - 1].End - this[from].Start);

    public override string ToString() => Document.Slice(Sentence.Span);
}
