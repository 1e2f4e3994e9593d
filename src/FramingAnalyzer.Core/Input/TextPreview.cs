namespace FramingAnalyzer.Input;

/// <summary>Shortens a value for a message: one line, at most a few dozen characters.</summary>
internal static class TextPreview
{
    public static string Of(string text, int maxChars = 60)
    {
        var head = text.Length > maxChars ? text[..maxChars] + "…" : text;
        return head.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
