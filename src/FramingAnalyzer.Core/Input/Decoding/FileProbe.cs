using System.Buffers;
using System.Text.Unicode;

namespace FramingAnalyzer.Input;

/// <summary>
/// Streams once over a file's bytes (in fixed-size chunks, whatever the file size) to decide how to read it:
/// blank or not, binary or text (known signatures, or more than 10% control bytes among the first 8 KB),
/// valid UTF-8 or not (and where it first fails), and how many NUL bytes it holds.
/// </summary>
internal static class FileProbe
{
    public const int SampleSize = 8 * 1024;
    private const int ChunkSize = 64 * 1024;
    private const int MaxControlBytesForText = 8;

    private static readonly (string Name, byte[] Signature)[] BinarySignatures =
    [
        ("PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", "GIF8"u8.ToArray()),
        ("PDF document", "%PDF-"u8.ToArray()),
        ("ZIP archive (also docx, xlsx, epub)", [(byte)'P', (byte)'K', 0x03, 0x04]),
        ("gzip archive", [0x1F, 0x8B]),
        ("executable", [0x7F, (byte)'E', (byte)'L', (byte)'F']),
    ];

    private static readonly SearchValues<byte> BlankBytes = SearchValues.Create(" \t\r\n\v\f\0"u8);

    public static FileProbeResult Run(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Run(stream);
    }

    public static FileProbeResult Run(Stream stream)
    {
        // Pooled: two fresh 64 K buffers per file (192 KB, the char one on the large-object heap) made every file read
        // allocate ~430 KB with the reader's own buffers and drove frequent gen-2 collections.
        var rentedBytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var rentedChars = ArrayPool<char>.Shared.Rent(ChunkSize);
        try
        {
            return Run(stream, rentedBytes.AsSpan(0, ChunkSize), rentedChars.AsSpan(0, ChunkSize));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rentedChars);
            ArrayPool<byte>.Shared.Return(rentedBytes);
        }
    }

    private static FileProbeResult Run(Stream stream, Span<byte> bytes, Span<char> chars)
    {
        var carried = 0;
        long chunkOffset = 0;
        var bomLength = 0;
        var isBlank = true;
        string? binaryEvidence = null;
        long? firstInvalid = null;
        long nulCount = 0;
        var isFirstChunk = true;

        while (true)
        {
            var read = stream.ReadAtLeast(bytes[carried..], ChunkSize - carried, throwOnEndOfStream: false);
            var isLastChunk = read < ChunkSize - carried;
            var fresh = bytes.Slice(carried, read);
            var start = 0;
            if (isFirstChunk)
            {
                isFirstChunk = false;
                if (fresh.StartsWith("\uFEFF"u8))
                {
                    bomLength = 3;
                    start = 3;
                }
                binaryEvidence = BinaryEvidence(fresh[..Math.Min(fresh.Length, SampleSize)]);
            }

            nulCount += fresh.Count((byte)0);
            if (isBlank && fresh[start..].IndexOfAnyExcept(BlankBytes) >= 0)
            {
                isBlank = false;
            }

            if (firstInvalid is null)
            {
                var pending = bytes[..(carried + read)];
                var status = Utf8.ToUtf16(pending, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: isLastChunk);
                if (status == OperationStatus.InvalidData)
                {
                    firstInvalid = chunkOffset + consumed;
                }
                else if (status == OperationStatus.NeedMoreData)
                {
                    pending[consumed..].CopyTo(bytes);
                    chunkOffset += consumed;
                    carried = pending.Length - consumed;
                    if (isLastChunk)
                    {
                        break;
                    }
                    continue;
                }
                chunkOffset += pending.Length;
                carried = 0;
            }

            if (isLastChunk)
            {
                break;
            }
        }

        return new FileProbeResult(bomLength, isBlank, binaryEvidence, firstInvalid, nulCount);
    }

    private static string? BinaryEvidence(ReadOnlySpan<byte> sample)
    {
        foreach (var (name, signature) in BinarySignatures)
        {
            if (sample.StartsWith(signature))
            {
                return "starts with the signature of a " + name;
            }
        }

        var controlBytes = 0;
        foreach (var b in sample)
        {
            if (IsControlByte(b))
            {
                controlBytes++;
            }
        }
        if (controlBytes > MaxControlBytesForText && controlBytes * 10 > sample.Length)
        {
            return FormattableString.Invariant($"has {controlBytes} control bytes among its first {sample.Length} bytes");
        }
        return null;
    }

    /// <summary>C0 control bytes that do not occur in text (everything below 0x20 except tab, line feed, vertical tab, form feed, carriage return, escape).</summary>
    private static bool IsControlByte(byte b) => b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or 0x0B or 0x0C or (byte)'\r' or 0x1B);
}
