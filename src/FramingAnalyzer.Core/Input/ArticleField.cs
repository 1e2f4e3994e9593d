namespace FramingAnalyzer.Input;

/// <summary>The article fields an input record can carry. Column/field names map onto these (see <see cref="FieldNames"/>).</summary>
public enum ArticleField
{
    Id,
    Outlet,
    Title,
    Text,
    Date,
    Url,
    Story,
    Author,
}
