using System.Text.Json;

namespace FramingAnalyzer.Input;

/// <summary>Parsing one JSON record into a document with the readers' settings (comments and trailing commas allowed, depth limited).</summary>
internal static class JsonDocuments
{
    public static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = JsonRecordStream.MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
