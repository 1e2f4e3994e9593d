namespace FramingAnalyzer.Input;

/// <summary>
/// How inputs are read. <see cref="ColumnMap"/> overrides the recognised column or field name for an article field
/// (from <c>--map field=column</c>). <see cref="Stdin"/> is read when an input is <c>-</c>.
/// </summary>
public sealed record ReaderOptions
{
    public IReadOnlyDictionary<ArticleField, string> ColumnMap { get; init; } = new Dictionary<ArticleField, string>();
    public Func<TextReader>? Stdin { get; init; }
    /// <summary>Format assumed for stdin: jsonl (default), csv or txt.</summary>
    public string StdinFormat { get; init; } = "jsonl";
}
