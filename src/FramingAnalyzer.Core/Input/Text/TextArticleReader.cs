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
        return ArticleAssembler.Assemble(values, source, source.Origin, warnings);
    }
}
