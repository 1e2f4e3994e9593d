using System.Buffers;
using System.Text;

namespace FramingAnalyzer.Input;

/// <summary>
/// Decides from a file's first block (<see cref="FileProbe.SampleSize"/> bytes) whether it is binary. The decision
/// depends only on those bytes, so the same file gets the same answer every time. Binary when the block
/// <list type="number">
/// <item>starts with a known signature (PDF, ZIP and the office formats built on it, PNG, JPEG, GIF, gzip, bzip2, xz,
/// 7-Zip, RAR, old Office documents, SQLite, executables) or a UTF-16/UTF-32 byte-order mark;</item>
/// <item>is not valid UTF-8 and holds any control byte (a C0 byte other than tab, line feed, vertical tab, form feed,
/// carriage return and escape; NUL counts; a DOS end-of-file mark as the file's last byte does not): Windows-1252
/// text never has them, random or compressed bytes nearly always do;</item>
/// <item>is valid UTF-8 but holds more than <see cref="MaxControlBytesInText"/> control bytes and more than one per
/// hundred bytes.</item>
/// </list>
/// So a stray NUL or two in otherwise clean UTF-8 text (left by a scraper) does not make it binary; they are removed
/// later with a warning.
/// </summary>
internal static class BinaryContent
{
    public const int MaxControlBytesInText = 2;
    private const byte DosEndOfFile = 0x1A;

    private static readonly (string Name, byte[] Signature)[] Signatures =
    [
        ("PDF document", "%PDF-"u8.ToArray()),
        ("ZIP archive (also docx, xlsx, pptx, odt, epub)", [(byte)'P', (byte)'K', 0x03, 0x04]),
        ("empty ZIP archive", [(byte)'P', (byte)'K', 0x05, 0x06]),
        ("PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", "GIF8"u8.ToArray()),
        ("gzip archive", [0x1F, 0x8B]),
        ("bzip2 archive", "BZh"u8.ToArray()),
        ("xz archive", [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00]),
        ("7-Zip archive", [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]),
        ("RAR archive", "Rar!\u001A\u0007"u8.ToArray()),
        ("Microsoft Office document (doc, xls, ppt)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("SQLite database", "SQLite format 3\0"u8.ToArray()),
        ("executable", [0x7F, (byte)'E', (byte)'L', (byte)'F']),
        ("UTF-32 text (little-endian byte-order mark; save it as UTF-8)", [0xFF, 0xFE, 0x00, 0x00]),
        ("UTF-16 text (little-endian byte-order mark; save it as UTF-8)", [0xFF, 0xFE]),
        ("UTF-16 text (big-endian byte-order mark; save it as UTF-8)", [0xFE, 0xFF]),
    ];

    /// <summary>Why <paramref name="block"/> (a file's first bytes, the whole file when <paramref name="isWholeFile"/>) is binary, or null for text.</summary>
    public static string? Evidence(ReadOnlySpan<byte> block, bool isWholeFile)
    {
        foreach (var (name, signature) in Signatures)
        {
            if (block.StartsWith(signature))
            {
                return "starts with the signature of a " + name;
            }
        }

        // Text has no control byte at all (the common case): one vectorised search finds that before any counting.
        int first = block.IndexOfAny(ControlBytes);
        if (first < 0) return null;
        int controls = 0, nuls = 0;
        for (var i = first; i < block.Length; i++)
        {
            var b = block[i];
            if (!IsControlByte(b) || (b == DosEndOfFile && isWholeFile && i == block.Length - 1)) continue;
            controls++;
            if (b == 0) nuls++;
        }
        if (controls == 0) return null;

        var nulText = nuls > 0 ? FormattableString.Invariant($", {nuls} of them NUL") : "";
        if (!IsUtf8(block, isWholeFile))
        {
            return FormattableString.Invariant($"is not UTF-8 text and has {controls} control byte(s){nulText} among its first {block.Length} bytes");
        }
        if (controls > MaxControlBytesInText && controls * 100 > block.Length)
        {
            return FormattableString.Invariant($"has {controls} control bytes{nulText} among its first {block.Length} bytes");
        }
        return null;
    }

    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(IsControlByte)]);

    /// <summary>C0 control bytes that do not occur in text (everything below 0x20 except tab, line feed, vertical tab, form feed, carriage return, escape).</summary>
    public static bool IsControlByte(byte b) => b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or 0x0B or 0x0C or (byte)'\r' or 0x1B);

    /// <summary>Valid UTF-8 (after a byte-order mark); a sequence cut off by the end of a block that is not the whole file is allowed.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> block, bool isWholeFile)
    {
        var rest = block.StartsWith("\uFEFF"u8) ? block[3..] : block;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.NeedMoreData) return !isWholeFile;
            if (status != OperationStatus.Done) return false;
            rest = rest[consumed..];
        }
        return true;
    }
}
