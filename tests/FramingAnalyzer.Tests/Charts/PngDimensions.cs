using System.Buffers.Binary;

namespace FramingAnalyzer.Tests.Charts;

/// <summary>Reads a PNG's width and height from its IHDR chunk.</summary>
internal static class PngDimensions
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Read(string path)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(header);
        }
        Assert.True(header.AsSpan(0, 8).SequenceEqual(Signature), $"{path} is not a PNG");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20, 4)));
    }
}
