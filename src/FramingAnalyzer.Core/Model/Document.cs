namespace FramingAnalyzer.Model;

/// <summary>
/// The plain text model every analyzer reads: the article's scored text with paragraphs, sentences, tokens and quotes,
/// all as character offsets into <see cref="Text"/>. Page furniture is not part of the text; notes are, with role Note.
/// </summary>
public sealed class Document
{
    public Document(Article article, string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences,
        Token[] tokens, IReadOnlyList<QuoteSpan> quotes, int furnitureLinesDropped)
    {
        Article = article;
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        Quotes = quotes;
        FurnitureLinesDropped = furnitureLinesDropped;
    }

    public Article Article { get; }
    public string Text { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public Token[] Tokens { get; }
    public IReadOnlyList<QuoteSpan> Quotes { get; }
    public int FurnitureLinesDropped { get; }

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
    public ReadOnlySpan<char> TokenText(in Token token) => Text.AsSpan(token.Start, token.Length);
    public ReadOnlySpan<Token> SentenceTokens(Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>True when the character at <paramref name="offset"/> lies inside a quotation's content.</summary>
    public bool IsInQuote(int offset)
    {
        foreach (var quote in Quotes)
        {
            if (quote.Content.Contains(offset)) return true;
            if (quote.Content.Start > offset) break;
        }
        return false;
    }

    /// <summary>Sentences that count for scores: everything but notes.</summary>
    public IEnumerable<Sentence> ScoredSentences => Sentences.Where(s => s.Role != ParagraphRole.Note);
}
