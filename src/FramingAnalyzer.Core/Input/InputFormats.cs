namespace FramingAnalyzer.Input;

/// <summary>Maps file extensions and stdin format names onto <see cref="InputFormat"/>.</summary>
internal static class InputFormats
{
    public static InputFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".md" => InputFormat.Text,
        ".csv" => InputFormat.Csv,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".json" => InputFormat.Json,
        _ => InputFormat.Unsupported,
    };

    /// <summary>Reads <see cref="ReaderOptions.StdinFormat"/>: jsonl (or ndjson), csv, txt (or md, text).</summary>
    public static InputFormat FromStdinFormat(string name) => name.Trim().ToLowerInvariant() switch
    {
        "jsonl" or "ndjson" => InputFormat.JsonLines,
        "csv" => InputFormat.Csv,
        "txt" or "text" or "md" => InputFormat.Text,
        _ => InputFormat.Unsupported,
    };
}
