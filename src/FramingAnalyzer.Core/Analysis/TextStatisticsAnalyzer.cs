using FramingAnalyzer.Model;

namespace FramingAnalyzer.Analysis;

/// <summary>Counts of the text model itself: words, sentences, paragraphs, direct quotations and the quoted share of words (notes excluded).</summary>
public sealed class TextStatisticsAnalyzer : IArticleAnalyzer
{
    private const int Words = 0, Sentences = 1, Paragraphs = 2, DirectQuotes = 3, QuotedWordShare = 4;

    public string Name => "text";

    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("words", "Words in the scored text (headline, lede and body; notes and page furniture excluded).") { Unit = "words" },
        new("sentences", "Sentences in the scored text.") { Unit = "sentences" },
        new("paragraphs", "Paragraphs in the scored text.") { Unit = "paragraphs" },
        new("direct_quotes", "Quotations in double quotation marks (a quotation continued over paragraphs counts once).") { Unit = "quotations" },
        new("quoted_word_share", "Share of words that are inside quotation marks.", MetricKind.Ratio) { Unit = "share of words", Label = "Words inside quotation marks", Headline = true },
    ];

    public IReadOnlyList<string> SentenceColumns { get; } = [];

    public void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells)
    {
        var document = analysis.Document;
        int words = 0, quotedWords = 0, sentences = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Note) continue;
            sentences++;
            foreach (var token in document.SentenceTokens(sentence))
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                words++;
                if (token.InQuote) quotedWords++;
            }
        }
        int paragraphs = document.Paragraphs.Count(p => p.Role != ParagraphRole.Note);
        int quotes = 0;
        foreach (var quote in document.Quotes)
        {
            if (quote.ContinuesPrevious) continue;
            var paragraph = document.Paragraphs[quote.FirstParagraph];
            if (paragraph.Role == ParagraphRole.Note) continue;
            char mark = quote.Content.Start > 0 ? document.Text[quote.Content.Start - 1] : ' ';
            if (mark is '\'' or '‘' or '‹') continue; // single quotes mark words, not direct quotations
            quotes++;
        }
        metrics.Set(Words, words);
        metrics.Set(Sentences, sentences);
        metrics.Set(Paragraphs, paragraphs);
        metrics.Set(DirectQuotes, quotes);
        metrics.SetRatio(QuotedWordShare, quotedWords, words);
    }
}
