namespace FramingAnalyzer.Input;

/// <summary>What one pass over a file's bytes found out, before any record is read.</summary>
/// <param name="BomLength">3 when the file starts with a UTF-8 byte-order mark, else 0.</param>
/// <param name="IsBlank">True when the file holds nothing but whitespace, NUL bytes and a BOM.</param>
/// <param name="BinaryEvidence">Why the file looks binary (a known signature, many control bytes), or null for text.</param>
/// <param name="FirstInvalidUtf8Offset">Byte offset of the first byte that is not valid UTF-8, or null when the file is valid UTF-8.</param>
/// <param name="NulCount">How many NUL bytes the file holds; the readers remove them.</param>
internal sealed record FileProbeResult(int BomLength, bool IsBlank, string? BinaryEvidence, long? FirstInvalidUtf8Offset, long NulCount)
{
    public bool IsUtf8 => FirstInvalidUtf8Offset is null;
}
