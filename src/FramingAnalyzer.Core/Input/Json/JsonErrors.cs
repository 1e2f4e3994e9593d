using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FramingAnalyzer.Input;

/// <summary>
/// Says what is wrong with malformed JSON in the file's terms: the parser's sentence without its own position
/// suffix ("Path: $ | LineNumber: 0 | BytePositionInLine: 12."), which counts from the start of the parsed record,
/// not the file.
/// </summary>
internal static partial class JsonErrors
{
    /// <summary>The parser's message without its position suffix.</summary>
    public static string Reason(JsonException ex) => PositionSuffix().Replace(ex.Message, "").TrimEnd();

    /// <summary>The 1-based column (in characters) of a byte position within a line of text.</summary>
    public static long Column(string line, long bytePositionInLine)
    {
        long bytes = 0;
        int chars = 0;
        while (chars < line.Length && bytes < bytePositionInLine)
        {
            int width = char.IsSurrogatePair(line, chars) ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(line.AsSpan(chars, width));
            chars += width;
        }
        return chars + 1;
    }

    /// <summary>"Not valid JSON at column 13: 'x' is invalid after a value." for one line of JSON Lines.</summary>
    public static string ForLine(string line, JsonException ex)
    {
        var where = ex.LineNumber is 0 && ex.BytePositionInLine is long position
            ? FormattableString.Invariant($" at column {Column(line, position)}")
            : "";
        return $"Not valid JSON{where}: {Reason(ex)}";
    }

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+\s*\|\s*BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();
}
