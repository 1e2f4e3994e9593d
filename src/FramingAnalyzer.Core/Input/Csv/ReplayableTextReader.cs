using System.Text;

namespace FramingAnalyzer.Input;

/// <summary>
/// A text reader that can put text back in front of what it has not delivered yet, and remembers the last chunk it
/// delivered so a consumer can hand back the part it read ahead. Every read returns at most <see cref="ChunkSize"/>
/// characters, which bounds that read-ahead. The CSV reader uses it to look at the header line first and to re-read
/// the lines a broken quoted field swallowed. It does not dispose <paramref name="source"/>.
/// </summary>
internal sealed class ReplayableTextReader(TextReader source) : TextReader
{
    public const int ChunkSize = 4096;

    private readonly Stack<PendingText> pending = new();
    private readonly char[] lastChunk = new char[ChunkSize];
    private int lastChunkLength;

    /// <summary>How many characters this reader has delivered in total (put-back text counts again when re-read).</summary>
    public long Delivered { get; private set; }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var target = buffer[..Math.Min(buffer.Length, ChunkSize)];
        if (target.IsEmpty)
        {
            return 0;
        }
        var read = ReadPendingOrSource(target);
        if (read > 0)
        {
            target[..read].CopyTo(lastChunk);
            lastChunkLength = read;
            Delivered += read;
        }
        return read;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    /// <summary>Makes <paramref name="text"/>, from <paramref name="start"/> on, the next characters this reader delivers.</summary>
    public void PutBack(string text, int start = 0)
    {
        if (start < text.Length)
        {
            pending.Push(new PendingText(text, start));
        }
    }

    /// <summary>
    /// The characters delivered after the first <paramref name="consumed"/> ones, when they all lie in the last chunk
    /// delivered (that is what a consumer that read ahead by at most one chunk has not used).
    /// </summary>
    public bool TryGetDeliveredAfter(long consumed, out string text)
    {
        var count = Delivered - consumed;
        if (count < 0 || count > lastChunkLength)
        {
            text = "";
            return false;
        }
        text = new string(lastChunk, lastChunkLength - (int)count, (int)count);
        return true;
    }

    /// <summary>
    /// Reads the first line that is not blank (up to <paramref name="maxChars"/> characters) and puts everything it
    /// read back, so the next reader still sees it.
    /// </summary>
    public string PeekFirstNonBlankLine(int maxChars)
    {
        var read = new StringBuilder();
        var buffer = new char[ChunkSize];
        var lineStart = 0;
        string? line = null;
        while (line is null && read.Length < maxChars)
        {
            var count = Read(buffer, 0, buffer.Length);
            if (count == 0)
            {
                break;
            }
            var offset = read.Length;
            read.Append(buffer, 0, count);
            for (var i = 0; i < count && line is null; i++)
            {
                if (buffer[i] is '\n' or '\r')
                {
                    var candidate = read.ToString(lineStart, offset + i - lineStart);
                    lineStart = offset + i + 1;
                    line = string.IsNullOrWhiteSpace(candidate) ? null : candidate;
                }
            }
        }
        var text = read.ToString();
        PutBack(text);
        return line ?? text[Math.Min(lineStart, text.Length)..];
    }

    private int ReadPendingOrSource(Span<char> target)
    {
        while (pending.TryPeek(out var next))
        {
            var read = next.ReadInto(target);
            if (read > 0)
            {
                return read;
            }
            pending.Pop();
        }
        return source.Read(target);
    }

    private sealed class PendingText(string text, int position)
    {

        public int ReadInto(Span<char> target)
        {
            var count = Math.Min(target.Length, text.Length - position);
            text.AsSpan(position, count).CopyTo(target);
            position += count;
            return count;
        }
    }
}
