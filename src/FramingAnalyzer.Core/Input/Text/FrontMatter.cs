namespace FramingAnalyzer.Input;

/// <summary>
/// The optional front matter of a text article: a first line <c>---</c>, then <c>key: value</c> lines, then a line
/// <c>---</c> within the first <see cref="MaxLines"/> lines. Recognised keys are the field names of
/// <see cref="FieldNames"/> except the text ones (title, outlet, date, url, story or event, id, author, ...);
/// values may be wrapped in "double" or 'single' quotes; other keys and lines are ignored.
/// </summary>
/// <param name="Values">The fields the front matter sets.</param>
/// <param name="Body">The text after the front matter (the whole text when there is none, or it is not closed).</param>
/// <param name="Warning">Set when an opening <c>---</c> is never closed; the whole text is then the body.</param>
internal sealed record FrontMatter(FieldValues Values, string Body, string? Warning)
{
    public const int MaxLines = 50;
    private const string Fence = "---";

    /// <summary>Splits front matter from the body of a text whose line endings are already <c>\n</c>.</summary>
    public static FrontMatter Parse(string text)
    {
        var values = new FieldValues();
        if (!IsFence(FirstLine(text)))
        {
            return new FrontMatter(values, text, null);
        }

        var lineStart = text.IndexOf('\n') + 1;
        for (var lineNumber = 2; lineNumber <= MaxLines && lineStart > 0; lineNumber++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (IsFence(line))
            {
                var body = lineEnd < 0 ? "" : text[(lineEnd + 1)..];
                return new FrontMatter(values, body, null);
            }
            ReadEntry(line, values);
            lineStart = lineEnd + 1;
        }

        return new FrontMatter(new FieldValues(), text,
            FormattableString.Invariant(
                $"front matter opened with '---' on line 1 is not closed by '---' within the first {MaxLines} lines; the whole file was read as the body"));
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }

    private static bool IsFence(string line) => line.TrimEnd() == Fence;

    private static void ReadEntry(string line, FieldValues values)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || !FieldNames.TryGetField(line[..colon], out var field) || field == ArticleField.Text)
        {
            return;
        }
        values[field] = Unquote(line[(colon + 1)..].Trim());
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            return value[1..^1];
        }
        return value;
    }
}
