using System.Text;

namespace FramingAnalyzer.Input;

/// <summary>
/// Opens a probed file for reading: past its byte-order mark, with NUL bytes removed, decoded as UTF-8 when the
/// whole file is valid UTF-8 and as Windows-1252 otherwise. Says which warnings the fallback and NULs raise.
/// </summary>
internal static class DecodedFile
{
    private const int BufferSize = 64 * 1024;
    // The text reader's own buffer: 64 K would allocate a 128 KB char buffer per file on the large-object heap.
    private const int TextBufferSize = 16 * 1024;

    public static Encoding EncodingOf(FileProbeResult probe) => probe.IsUtf8 ? TextEncodings.Utf8 : TextEncodings.Windows1252;

    /// <summary>The warnings every article read from the file carries.</summary>
    public static IReadOnlyList<string> Warnings(string origin, FileProbeResult probe)
    {
        var warnings = new List<string>();
        if (probe.FirstInvalidUtf8Offset is long offset)
        {
            warnings.Add(FormattableString.Invariant(
                $"{origin}: not valid UTF-8 (first invalid byte at offset {offset}); read as Windows-1252"));
        }
        if (probe.NulCount > 0)
        {
            warnings.Add(FormattableString.Invariant($"{origin}: removed {probe.NulCount} NUL byte(s)"));
        }
        return warnings;
    }

    /// <summary>The file's bytes after the BOM, without NUL bytes, in the file's own encoding.</summary>
    public static Stream OpenBytes(string path, FileProbeResult probe)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        try
        {
            stream.Seek(probe.BomLength, SeekOrigin.Begin);
            if (probe.NulCount > 0)
            {
                stream = new NulFilterStream(stream);
            }
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The file as text.</summary>
    public static TextReader OpenText(string path, FileProbeResult probe)
    {
        if (probe.NulCount == 0 && ReadWhole(path, probe) is { } text) return new StringReader(text);
        return new StreamReader(OpenBytes(path, probe), EncodingOf(probe), detectEncodingFromByteOrderMarks: false, TextBufferSize);
    }

    /// <summary>Files up to this size are read in one call and decoded in one go (most articles are a few KB).</summary>
    private const int WholeFileLimit = 1 << 20;

    /// <summary>
    /// A small file's text in one read and one decode, without a stream's 64 KB and a reader's 48 KB of buffers per file
    /// (the same characters the stream reader gives); null for a larger file, which streams.
    /// </summary>
    private static string? ReadWhole(string path, FileProbeResult probe)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length > WholeFileLimit) return null;
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            int read = 0;
            while (read < length)
            {
                int n = RandomAccess.Read(handle, rented.AsSpan(read, (int)length - read), read);
                if (n == 0) break;
                read += n;
            }
            int start = Math.Min(probe.BomLength, read);
            return EncodingOf(probe).GetString(rented, start, read - start);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The file as UTF-8 bytes (transcoded from Windows-1252 when that is how it is read).</summary>
    public static Stream OpenUtf8(string path, FileProbeResult probe)
    {
        var bytes = OpenBytes(path, probe);
        return probe.IsUtf8 ? bytes : Encoding.CreateTranscodingStream(bytes, TextEncodings.Windows1252, Encoding.UTF8, leaveOpen: false);
    }
}
