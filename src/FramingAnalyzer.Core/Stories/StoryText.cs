using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Stories;

/// <summary>
/// What story matching reads of an article: its headline and lede, as the page layout finds them (the title when the
/// input names one, else the headline line of a page copy; the first body paragraph). Bylines and furniture are not
/// part of it. Cheap: no tokens, sentences or quotes.
/// </summary>
public static class StoryText
{
    public static (string Headline, string Lede) Of(Article article)
    {
        var (paragraphs, _) = PageLayout.Lay(article);
        string headline = "", lede = "";
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Role == ParagraphRole.Headline && headline.Length == 0) headline = paragraph.Text;
            else if (paragraph.Role == ParagraphRole.Lede && lede.Length == 0) lede = paragraph.Text;
            if (headline.Length > 0 && lede.Length > 0) break;
        }
        if (headline.Length == 0 && !string.IsNullOrWhiteSpace(article.Title)) headline = article.Title.Trim();
        return (headline, lede);
    }
}
