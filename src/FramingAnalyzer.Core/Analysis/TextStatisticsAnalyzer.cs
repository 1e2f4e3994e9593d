using FramingAnalyzer.Model;

namespace FramingAnalyzer.Analysis;

/// <summary>Counts of the text model itself: words, sentences, paragraphs, direct quotations and the quoted share of words (notes excluded).</summary>
public sealed class TextStatisticsAnalyzer : IArticleAnalyzer
{
    private readonly MetricList _metrics = [];
    private readonly MetricHandle _words, _sentences, _paragraphs, _directQuotes, _quotedWordShare;

    public TextStatisticsAnalyzer()
    {
        _words = _metrics.Add(new("words", "Words in the scored text (headline, lede and body; notes and page furniture excluded).") { Unit = "words" });
        _sentences = _metrics.Add(new("sentences", "Sentences in the scored text.") { Unit = "sentences" });
        _paragraphs = _metrics.Add(new("paragraphs", "Paragraphs in the scored text.") { Unit = "paragraphs" });
        _directQuotes = _metrics.Add(new("direct_quotes", "Quotations in double quotation marks (a quotation continued over paragraphs counts once).") { Unit = "quotations" });
        _quotedWordShare = _metrics.Add(new("quoted_word_share", "Share of words that are inside quotation marks.", MetricKind.Ratio)
        {
            Unit = "share of words", Label = "Words inside quotation marks", Headline = true,
        });
    }

    public string Name => "text";

    public IReadOnlyList<MetricDefinition> Metrics => _metrics;

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
        metrics.Set(_words, words);
        metrics.Set(_sentences, sentences);
        metrics.Set(_paragraphs, paragraphs);
        metrics.Set(_directQuotes, quotes);
        metrics.SetRatio(_quotedWordShare, quotedWords, words);
    }
}
