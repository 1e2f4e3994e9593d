using System.Text;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>
/// The first pipeline stage: builds the text model of an article (paragraphs with roles, tokens, quotations, sentences).
/// The document text is the kept paragraphs joined by blank lines; all offsets refer to it.
/// </summary>
public static class DocumentBuilder
{
    public static Document Build(Article article)
    {
        var (laidOut, furnitureDropped) = PageLayout.Lay(article);
        var text = new StringBuilder(article.Body.Length + (article.Title?.Length ?? 0) + 8);
        var paragraphs = new List<Paragraph>(laidOut.Count);
        foreach (var paragraph in laidOut)
        {
            if (text.Length > 0) text.Append("\n\n");
            int start = text.Length;
            text.Append(paragraph.Text);
            paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(start, text.Length), paragraph.Role));
        }
        var fullText = text.ToString();

        var tokenList = new List<Token>(fullText.Length / 5 + 4);
        var paragraphFirstToken = new int[paragraphs.Count];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            paragraphFirstToken[p] = tokenList.Count;
            Tokenizer.Tokenize(fullText, paragraphs[p].Span.Start, paragraphs[p].Span.End, tokenList);
        }
        var tokens = tokenList.ToArray();
        var quotes = QuoteMarker.Mark(fullText, paragraphs, tokens, paragraphFirstToken);
        var sentences = SentenceSplitter.Split(fullText, paragraphs, tokens, paragraphFirstToken, quotes);
        return new Document(article, fullText, paragraphs, sentences, tokens, quotes, furnitureDropped);
    }
}
