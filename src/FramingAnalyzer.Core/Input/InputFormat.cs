namespace FramingAnalyzer.Input;

/// <summary>The kinds of input file the readers understand, chosen by file extension.</summary>
internal enum InputFormat
{
    Unsupported,
    /// <summary>One article per file (<c>.txt</c>, <c>.md</c>), with optional front matter.</summary>
    Text,
    Csv,
    /// <summary>One JSON object per line (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    JsonLines,
    /// <summary>A JSON array of objects, a single object, or several top-level objects (<c>.json</c>).</summary>
    Json,
}
