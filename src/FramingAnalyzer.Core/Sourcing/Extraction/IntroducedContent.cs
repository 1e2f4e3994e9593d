using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The sentence that a sentence ending in a colon introduces (<c>The governor added:</c> | <c>"We will rebuild."</c>):
/// the next sentence of the document, without its quotation marks and final punctuation, with its quote kind. Quote
/// sentences after it are given to the same speaker by <see cref="ContinuedQuotes"/>.
/// </summary>
internal sealed record IntroducedContent(TextSpan Span, string QuoteKind)
{
    /// <summary>The content introduced by <paramref name="sentence"/>, or null when it does not end with a colon or nothing follows.</summary>
    public static IntroducedContent? After(DocumentText text, Sentence sentence)
    {
        var document = text.Document;
        var tokens = document.SentenceTokens(sentence);
        int last = tokens.Length - 1;
        while (last >= 0 && tokens[last].Kind == TokenKind.QuoteMark) last--;
        if (last < 1 || !IsColon(document, tokens[last])) return null;
        int index = sentence.Index + 1;
        if (index >= document.Sentences.Count) return null;
        var next = document.Sentences[index];
        if (next.Role == ParagraphRole.Note) return null;
        var following = document.SentenceTokens(next);
        int first = 0, end = following.Length;
        while (first < end && following[first].Kind is TokenKind.QuoteMark or TokenKind.Punctuation) first++;
        while (end > first && following[end - 1].Kind is TokenKind.QuoteMark or TokenKind.Punctuation) end--;
        if (end - first < 2) return null;
        var kind = next.QuotedWordShare switch
        {
            >= 0.999 => QuoteKinds.Direct,
            > 0 => QuoteKinds.Mixed,
            _ => QuoteKinds.Indirect,
        };
        return new IntroducedContent(new TextSpan(following[first].Start, following[end - 1].End), kind);
    }

    private static bool IsColon(Document document, Token token) => token.Kind == TokenKind.Punctuation && document.Text[token.Start] == ':';
}
