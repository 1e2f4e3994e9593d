using System.Globalization;
using System.Text.RegularExpressions;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads one article from the text of a <c>.txt</c> or <c>.md</c> file (or stdin in txt format). Without a date in
/// the front matter, an ISO date (YYYY-MM-DD, a real day) in the file's name is the article's date
/// (<c>outlet_2016-09-12_title.txt</c>, <c>2026-03-03-market-shelling.txt</c>); the first such date when there are several.
/// </summary>
internal static partial class TextArticleReader
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
        if (string.IsNullOrWhiteSpace(values[ArticleField.Date]) && DateInFileName(source.Origin) is { } date) values[ArticleField.Date] = date;
        var item = ArticleAssembler.Assemble(values, source, source.Origin, warnings);
        return item.Article is { } article && guessedFrom is not null ? ReadItem.Of(article with { OutletGuessedFrom = guessedFrom }) : item;
    }

    /// <summary>The first ISO date (YYYY-MM-DD, not part of a longer run of digits, a real day) in the file name of a
    /// path, or null.</summary>
    internal static string? DateInFileName(string origin)
    {
        string name;
        try
        {
            name = Path.GetFileName(origin);
        }
        catch (ArgumentException)
        {
            return null;
        }
        foreach (Match match in IsoDate().Matches(name))
        {
            if (DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return match.Value;
        }
        return null;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex IsoDate();
}
