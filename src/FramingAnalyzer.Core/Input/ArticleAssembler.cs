using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Turns the values of one input record into an <see cref="Article"/>, or into a skip when it has no outlet or no
/// text. Values are trimmed and their line endings normalised; the id is the given one or <see cref="StableId"/>.
/// </summary>
internal static class ArticleAssembler
{
    public static ReadItem Assemble(FieldValues values, RecordSource source, string origin, IReadOnlyList<string>? recordWarnings = null)
    {
        var outlet = Clean(values[ArticleField.Outlet]) ?? Clean(source.DefaultOutlet);
        if (outlet is null)
        {
            return ReadItem.Skip(origin, "no_outlet",
                "The article names no outlet: put it under an outlet folder (corpus/OUTLET/file.txt), add an 'outlet:' "
                + "front-matter line or an outlet column/field, or use --map outlet=COLUMN.");
        }

        var body = Clean(values[ArticleField.Text]);
        if (body is null)
        {
            return ReadItem.Skip(origin, "no_text", "The article has no text.");
        }

        var title = Clean(values[ArticleField.Title]);
        return ReadItem.Of(new Article
        {
            Id = Clean(values[ArticleField.Id]) ?? StableId.From(outlet, title, body),
            Outlet = outlet,
            Body = body,
            Title = title,
            Date = Clean(values[ArticleField.Date]),
            Url = Clean(values[ArticleField.Url]),
            Story = Clean(values[ArticleField.Story]),
            Author = Clean(values[ArticleField.Author]),
            Origin = origin,
            MayContainPageFurniture = source.MayContainPageFurniture,
            Warnings = CombineWarnings(source.Warnings, recordWarnings),
        });
    }

    /// <summary>Trimmed value with \n line endings, or null when blank.</summary>
    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return LineEndings.Normalize(value).Trim();
    }

    private static IReadOnlyList<string> CombineWarnings(IReadOnlyList<string> fileWarnings, IReadOnlyList<string>? recordWarnings)
    {
        if (recordWarnings is null || recordWarnings.Count == 0)
        {
            return fileWarnings.Count == 0 ? [] : [.. fileWarnings];
        }
        return [.. fileWarnings, .. recordWarnings];
    }
}
