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
    /// <summary>Only the top of a long body is laid out: headline and lede are in it, and the rest would cost time.</summary>
    public const int TopChars = 3000;

    public static (string Headline, string Lede) Of(Article article)
    {
        var (paragraphs, _) = PageLayout.Lay(article.Body.Length <= TopChars ? article : article with { Body = Top(article.Body) });
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

    /// <summary>The body up to the first paragraph break after <see cref="TopChars"/> characters.</summary>
    private static string Top(string body)
    {
        int cut = body.IndexOf("\n\n", TopChars, StringComparison.Ordinal);
        return cut < 0 ? body : body[..cut];
    }
}
