using System.Text;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads lines from any <see cref="TextReader"/>, ending a line at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>,
/// and counts them. Unlike <see cref="TextReader.ReadLine"/> it does not rely on the reader's Peek.
/// </summary>
internal sealed class LineReader(TextReader reader)
{
    private readonly char[] buffer = new char[16 * 1024];
    private int position;
    private int length;
    private bool skipLineFeed;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    public string? ReadLine()
    {
        StringBuilder? line = null;
        while (true)
        {
            if (position == length && !Fill())
            {
                if (line is null)
                {
                    return null;
                }
                LineNumber++;
                return line.ToString();
            }

            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (buffer[position] == '\n')
                {
                    position++;
                    continue;
                }
            }

            var rest = buffer.AsSpan(position, length - position);
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                (line ??= new StringBuilder()).Append(rest);
                position = length;
                continue;
            }

            var text = line is null ? new string(rest[..end]) : line.Append(rest[..end]).ToString();
            skipLineFeed = rest[end] == '\r';
            position += end + 1;
            LineNumber++;
            return text;
        }
    }

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }
}
