using System.Security.Cryptography;
using System.Text;

namespace FramingAnalyzer.Input;

/// <summary>
/// Derives an article id from its content when the input gives none: the first 16 lower-case hexadecimal characters
/// of the SHA-256 hash of the UTF-8 bytes of <c>outlet + "\n" + title + "\n" + body</c> (an absent title counts as
/// empty). The readers pass the values after trimming and line-ending normalisation, so the same article read twice,
/// from any folder, gets the same id, and any change to outlet, title or text gives a different one.
/// </summary>
public static class StableId
{
    private const int CharsPerChunk = 16 * 1024;

    public static string From(string outlet, string? title, string body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(CharsPerChunk)];
        string[] parts = [outlet, "\n", title ?? "", "\n", body];
        for (var part = 0; part < parts.Length; part++)
        {
            var text = parts[part].AsSpan();
            var isLastPart = part == parts.Length - 1;
            do
            {
                var chunk = text[..Math.Min(text.Length, CharsPerChunk)];
                text = text[chunk.Length..];
                var count = encoder.GetBytes(chunk, bytes, flush: isLastPart && text.IsEmpty);
                hash.AppendData(bytes, 0, count);
            }
            while (!text.IsEmpty);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
