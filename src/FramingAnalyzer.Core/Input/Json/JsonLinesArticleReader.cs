using System.Text.Json;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads articles from JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): one object per line, blank lines ignored. A line
/// that does not parse is a skip at <c>file.jsonl:LINE</c> saying at which column and why; the other lines still come through.
/// </summary>
internal static class JsonLinesArticleReader
{
    public static IEnumerable<ReadItem> Read(TextReader text, RecordSource source, ReaderOptions options)
    {
        var lines = new LineReader(text);
        for (var line = lines.ReadLine(); line is not null; line = lines.ReadLine())
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ToItem(line, source, source.AtLine(lines.LineNumber), options);
            }
        }
    }

    private static ReadItem ToItem(string line, RecordSource source, string origin, ReaderOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(line, JsonDocuments.Options);
            return JsonRecordMapper.ToItem(document.RootElement, source, origin, options);
        }
        catch (JsonException ex)
        {
            return ReadItem.Skip(origin, "parse_error", JsonErrors.ForLine(line, ex));
        }
    }
}
