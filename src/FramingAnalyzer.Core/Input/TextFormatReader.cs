using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>Dispatches decoded text (a file or stdin) to the reader for its format.</summary>
internal static class TextFormatReader
{
    public static IEnumerable<ReadItem> Read(InputFormat format, TextReader text, RecordSource source, ReaderOptions options) => format switch
    {
        InputFormat.Text => ReadSingleArticle(text, source),
        InputFormat.Csv => CsvArticleReader.Read(text, source, options),
        InputFormat.JsonLines => JsonLinesArticleReader.Read(text, source, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a text format."),
    };

    private static IEnumerable<ReadItem> ReadSingleArticle(TextReader text, RecordSource source)
    {
        var content = text.ReadToEnd();
        yield return string.IsNullOrWhiteSpace(content)
            ? ReadItem.Skip(source.Origin, "empty", "The input is empty or holds only whitespace.")
            : TextArticleReader.Read(content, source);
    }
}
