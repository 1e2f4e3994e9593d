using System.Text.Json;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads articles from a <c>.json</c> file: an array of article objects (origins <c>file.json#N</c>, N counting
/// from 1), a single article object (origin the file itself), or several top-level objects one after another.
/// Malformed JSON is one skip at <c>file.json:LINE</c> naming the position; records before it are kept.
/// </summary>
internal static class JsonArticleReader
{
    public static IEnumerable<ReadItem> Read(Stream utf8, RecordSource source, ReaderOptions options)
    {
        var records = new JsonRecordStream(utf8);
        for (var step = records.Next(); step.Kind != JsonStepKind.End; step = records.Next())
        {
            if (step.Kind == JsonStepKind.Error)
            {
                var position = step.Line > 0 ? FormattableString.Invariant($"Malformed JSON at line {step.Line}, column {step.Column}: ") : "Malformed JSON: ";
                yield return ReadItem.Skip(step.Line > 0 ? source.AtLine(step.Line) : source.Origin, "parse_error",
                    position + step.Error + " Records before this point were read; the rest of the file was not.");
                yield break;
            }
            var origin = step.InArray || step.Number > 1 ? source.AtRecord(step.Number) : source.Origin;
            yield return ToItem(step.Bytes, source, origin, options);
        }
    }

    private static ReadItem ToItem(ReadOnlyMemory<byte> bytes, RecordSource source, string origin, ReaderOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, JsonDocuments.Options);
            return JsonRecordMapper.ToItem(document.RootElement, source, origin, options);
        }
        catch (JsonException ex)
        {
            return ReadItem.Skip(origin, "parse_error", "Malformed JSON in this record: " + JsonErrors.Reason(ex));
        }
    }
}
