namespace FramingAnalyzer.Input;

/// <summary>Normalises <c>\r\n</c> and lone <c>\r</c> line endings to <c>\n</c>.</summary>
internal static class LineEndings
{
    public static string Normalize(string text)
    {
        if (!text.Contains('\r'))
        {
            return text;
        }
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
