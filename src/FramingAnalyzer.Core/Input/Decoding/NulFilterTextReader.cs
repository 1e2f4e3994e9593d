namespace FramingAnalyzer.Input;

/// <summary>
/// A text reader that passes its inner reader's characters through with every NUL character removed, and calls
/// <paramref name="onFirstNul"/> once, when it removes the first one. Used for stdin, whose bytes cannot be probed;
/// it does not dispose <paramref name="inner"/>, which belongs to the caller.
/// </summary>
internal sealed class NulFilterTextReader(TextReader inner, Action onFirstNul) : TextReader
{
    private bool removedAny;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            var read = inner.Read(buffer);
            if (read == 0)
            {
                return 0;
            }
            var kept = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\0')
                {
                    buffer[kept++] = buffer[i];
                }
            }
            if (kept < read && !removedAny)
            {
                removedAny = true;
                onFirstNul();
            }
            if (kept > 0)
            {
                return kept;
            }
        }
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }
}
