using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A document with its normalised text (lowercase, straight apostrophes; same length, so offsets agree), built once per
/// article and shared by the extractor, the resolver and the classifier.
/// </summary>
public sealed class DocumentText
{
    public DocumentText(Document document)
    {
        Document = document;
        Normalised = LexiconText.Normalise(document.Text);
    }

    public Document Document { get; }
    public string Normalised { get; }

    private ulong[]? _grammarMasks;

    /// <summary>
    /// The grammar masks of the document's tokens (<see cref="GrammarWords.MaskOf"/>), one slot per token, filled as the
    /// sentence views look them up: shared by all views of the document, so a sentence read twice (as itself and as the
    /// sentence before the next) looks each word up once, and the views allocate no array of their own.
    /// </summary>
    internal ulong[] GrammarMasks => _grammarMasks ??= new ulong[Document.Tokens.Length];

    /// <summary>The tokens whose start lies in <paramref name="span"/>, as a range [Start, End) of document token indices.</summary>
    public (int Start, int End) TokenRange(TextSpan span) => TokenRange(span, 0, Document.Tokens.Length);

    /// <summary>
    /// <see cref="TokenRange(TextSpan)"/> for a span expected within sentence <paramref name="sentenceIndex"/>: the same
    /// range, searched among the sentence's tokens first (a mention is looked up several times per article, and a
    /// search over the whole document costs twice as many steps).
    /// </summary>
    public (int Start, int End) TokenRange(TextSpan span, int sentenceIndex)
    {
        var sentences = Document.Sentences;
        if (sentenceIndex < 0 || sentenceIndex >= sentences.Count) return TokenRange(span);
        var sentence = sentences[sentenceIndex];
        return TokenRange(span, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
    }

    private (int Start, int End) TokenRange(TextSpan span, int hintStart, int hintEnd)
    {
        var tokens = Document.Tokens;
        int lo = LowerBound(tokens, span.Start, hintStart, hintEnd);
        int hi = LowerBound(tokens, span.End, Math.Max(lo, hintStart), hintEnd);
        return (lo, hi);
    }

    /// <summary>
    /// The first token whose start is at or after <paramref name="offset"/>, among all tokens; searched within [lo, hi)
    /// when the answer is known to lie in [lo, hi] (the token before lo starts before the offset, the token at hi does
    /// not), else over the whole document.
    /// </summary>
    private static int LowerBound(Token[] tokens, int offset, int lo, int hi)
    {
        if (lo > hi || (lo > 0 && tokens[lo - 1].Start >= offset) || (hi < tokens.Length && tokens[hi].Start < offset))
        {
            lo = 0;
            hi = tokens.Length;
        }
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
