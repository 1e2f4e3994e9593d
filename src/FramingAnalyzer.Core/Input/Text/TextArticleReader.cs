using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>Reads one article from the text of a <c>.txt</c> or <c>.md</c> file (or stdin in txt format).</summary>
internal static class TextArticleReader
{
    public static ReadItem Read(string text, RecordSource source)
    {
        var frontMatter = FrontMatter.Parse(LineEndings.Normalize(text));
        var values = frontMatter.Values;
        values[ArticleField.Text] = frontMatter.Body;
        IReadOnlyList<string>? warnings = frontMatter.Warning is null ? null : [$"{source.Origin}: {frontMatter.Warning}"];
        string? guessedFrom = null;
        if (string.IsNullOrWhiteSpace(values[ArticleField.Outlet]) && source.DefaultOutlet is null)
        {
            // No outlet folder and no front matter: the page may name its outlet; else the folder's name.
            if (PageOutlet.Find(frontMatter.Body) is var (name, how))
            {
                // The page and the folder agreeing (corpus/Meridian Wire/x.txt given directly) is no guess.
                var agrees = string.Equals(name, source.FallbackOutlet, StringComparison.OrdinalIgnoreCase);
                (values[ArticleField.Outlet], guessedFrom) = (agrees ? source.FallbackOutlet : name, agrees ? null : how);
            }
            else if (source.FallbackOutlet is { } folder)
            {
                (values[ArticleField.Outlet], guessedFrom) = (folder, "the folder's name");
            }
        }
        var item = ArticleAssembler.Assemble(values, source, source.Origin, warnings);
        return item.Article is { } article && guessedFrom is not null ? ReadItem.Of(article with { OutletGuessedFrom = guessedFrom }) : item;
    }
}
