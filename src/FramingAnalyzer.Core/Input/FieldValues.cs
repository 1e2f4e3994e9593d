namespace FramingAnalyzer.Input;

/// <summary>The raw values one input record gives for the article fields; a field the record lacks is null.</summary>
internal sealed class FieldValues
{
    private readonly string?[] values = new string?[FieldNames.All.Count];

    public string? this[ArticleField field]
    {
        get => values[(int)field];
        set => values[(int)field] = value;
    }

    /// <summary>Sets the field only when it has no non-blank value yet.</summary>
    public void SetIfBlank(ArticleField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(this[field]))
        {
            this[field] = value;
        }
    }
}
