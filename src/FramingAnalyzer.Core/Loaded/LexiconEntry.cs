namespace FramingAnalyzer.Loaded;

/// <summary>
/// What a pattern means: a loaded term (category and weight), a term-family choice (family and choice), or both when
/// the same words are in both lists.
/// </summary>
public sealed record LexiconEntry(TermPattern Pattern, string Category, double Weight, string Family, string Choice)
{
    public bool IsLoaded => Category.Length > 0;
}
