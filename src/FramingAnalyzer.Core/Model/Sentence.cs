namespace FramingAnalyzer.Model;

/// <summary>
/// A sentence: its range, its paragraph, and its tokens as a range [FirstToken, FirstToken + TokenCount) of <see cref="Document.Tokens"/>.
/// </summary>
public sealed record Sentence(int Index, int ParagraphIndex, ParagraphRole Role, TextSpan Span, int FirstToken, int TokenCount)
{
    public int WordCount { get; init; }
    /// <summary>Share of the sentence's words that are inside quotation marks (0..1).</summary>
    public double QuotedWordShare { get; init; }
    public bool InQuote => QuotedWordShare > 0;
    /// <summary>
    /// Mainly the source's words: more than half of the sentence's words are inside quotation marks. The loaded-sentence
    /// classifier does not score such sentences (the loaded terms in them are counted, as quoted).
    /// </summary>
    public bool IsQuotation => QuotedWordShare > 0.5;
}
