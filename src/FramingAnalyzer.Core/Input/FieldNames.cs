namespace FramingAnalyzer.Input;

/// <summary>
/// The column and field names recognised for each <see cref="ArticleField"/> in CSV headers, JSON objects and
/// front matter. Names are compared after <see cref="Normalize"/> (case-insensitive; spaces and hyphens read as
/// underscores). When a record has several recognised names for one field, the one listed first here wins (a CSV
/// file says so in a warning on its first record; <c>--map</c> picks another).
/// </summary>
public static class FieldNames
{
    /// <summary>The JSON field news-please uses for a teaser; read as the text when no text field has a value.</summary>
    public const string Description = "description";

    private static readonly Dictionary<ArticleField, string[]> AliasesByField = new()
    {
        [ArticleField.Id] = ["id", "article_id"],
        [ArticleField.Outlet] = ["outlet", "source", "media_name", "source_domain", "publisher", "outlet_name", "publication", "domain"],
        [ArticleField.Title] = ["title", "headline"],
        [ArticleField.Text] = ["text", "content", "body", "maintext", "article", "article_text", "body_text", "full_text", "story_text"],
        [ArticleField.Date] = ["date", "published", "publish_date", "date_publish", "pub_date", "published_utc", "published_at"],
        [ArticleField.Url] = ["url", "link"],
        [ArticleField.Story] = ["story", "event", "story_id", "event_id"],
        [ArticleField.Author] = ["author", "authors"],
    };

    private static readonly Dictionary<string, ArticleField> FieldByAlias = AliasesByField
        .SelectMany(pair => pair.Value.Select(alias => (alias, field: pair.Key)))
        .ToDictionary(entry => entry.alias, entry => entry.field, StringComparer.Ordinal);

    /// <summary>Every article field, in a fixed order.</summary>
    public static IReadOnlyList<ArticleField> All { get; } = Enum.GetValues<ArticleField>();

    /// <summary>The recognised names for <paramref name="field"/>, most preferred first, in normalized form.</summary>
    public static IReadOnlyList<string> AliasesOf(ArticleField field) => AliasesByField[field];

    /// <summary>Lower-cases and trims a column or field name and reads spaces and hyphens as underscores.</summary>
    public static string Normalize(string name) =>
        name.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>The field a column or field name stands for, if it is one of the recognised names.</summary>
    public static bool TryGetField(string name, out ArticleField field) =>
        FieldByAlias.TryGetValue(Normalize(name), out field);

    /// <summary>
    /// Parses the field part of <c>--map field=column</c>: a field name (id, outlet, title, text, date, url, story,
    /// author) or any of its recognised names (e.g. <c>headline</c> for title).
    /// </summary>
    public static bool TryParseField(string name, out ArticleField field)
    {
        if (Enum.TryParse(name.Trim(), ignoreCase: true, out field) && Enum.IsDefined(field))
        {
            return true;
        }
        return TryGetField(name, out field);
    }

    /// <summary>The lower-case name of a field as users write it (e.g. in <c>--map text=body</c>).</summary>
    public static string NameOf(ArticleField field) => field.ToString().ToLowerInvariant();
}
