using System.Text.Json;

namespace FramingAnalyzer.Input;

/// <summary>
/// Streams the records of a JSON file without loading it whole: the elements of a top-level array (NELA-GT style),
/// a single top-level object (news-please style), or several top-level values one after another. A buffer holds
/// the unread bytes and grows only to fit the largest single record; each record is validated by
/// <see cref="Utf8JsonReader"/> (depth limit <see cref="MaxDepth"/>) before it is handed out, so malformed or
/// deeply nested JSON ends in an <see cref="JsonStepKind.Error"/> step with its position, never in an exception.
/// </summary>
internal sealed class JsonRecordStream(Stream utf8)
{
    public const int MaxDepth = 64;
    private const int InitialBufferSize = 64 * 1024;

    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowMultipleValues = true,
    };

    private byte[] buffer = new byte[InitialBufferSize];
    private int start;
    private int end;
    private bool isFinalBlock;
    private JsonReaderState state = new(ReaderOptions);
    private bool inArray;
    private bool finished;
    private long recordNumber;

    public JsonStep Next()
    {
        while (!finished)
        {
            var outcome = TryReadRecord(out var step);
            if (outcome == Outcome.Produced)
            {
                return step;
            }
            if (outcome == Outcome.NeedMoreData)
            {
                if (isFinalBlock)
                {
                    finished = true;
                    return inArray ? Truncated() : new JsonStep(JsonStepKind.End);
                }
                Fill();
            }
        }
        return new JsonStep(JsonStepKind.End);
    }

    private enum Outcome
    {
        Produced,
        Advanced,
        NeedMoreData,
    }

    private Outcome TryReadRecord(out JsonStep step)
    {
        step = default;
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), isFinalBlock, state);
        try
        {
            if (!reader.Read())
            {
                return Outcome.NeedMoreData;
            }
            if (!inArray && reader.TokenType == JsonTokenType.StartArray && reader.CurrentDepth == 0)
            {
                inArray = true;
                Commit(ref reader);
                return Outcome.Advanced;
            }
            if (inArray && reader.TokenType == JsonTokenType.EndArray)
            {
                inArray = false;
                Commit(ref reader);
                return Outcome.Advanced;
            }

            var recordStart = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return Outcome.NeedMoreData;
            }
            var recordEnd = (int)reader.BytesConsumed;
            var bytes = buffer.AsMemory(start + recordStart, recordEnd - recordStart);
            Commit(ref reader);
            step = new JsonStep(JsonStepKind.Record, bytes, ++recordNumber, inArray);
            return Outcome.Produced;
        }
        catch (JsonException ex)
        {
            finished = true;
            step = new JsonStep(JsonStepKind.Error, Line: (ex.LineNumber ?? 0) + 1, Column: (ex.BytePositionInLine ?? 0) + 1,
                Error: JsonErrors.Reason(ex));
            return Outcome.Produced;
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private static JsonStep Truncated() => new(JsonStepKind.Error, Error: "The file ends inside the top-level array.");

    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            if (buffer.Length == Array.MaxLength)
            {
                throw new InvalidDataException("A single JSON record is larger than the largest buffer .NET can allocate.");
            }
            Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
        }
        var requested = buffer.Length - end;
        var read = utf8.ReadAtLeast(buffer.AsSpan(end), requested, throwOnEndOfStream: false);
        end += read;
        isFinalBlock = read < requested;
    }
}
