using System.Text;
using FramingAnalyzer.Input;

namespace FramingAnalyzer.Tests.Input;

/// <summary>Binary or text is decided from the first block's bytes alone: the same file, the same answer, every time.</summary>
public sealed class BinaryContentTests
{
    private static string? Evidence(byte[] bytes) => FileProbe.Run(new MemoryStream(bytes)).BinaryEvidence;

    private static byte[] Bytes(string hexOrText) => Encoding.Latin1.GetBytes(hexOrText);

    [Theory]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n", "PDF")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0006\u0000", "ZIP")]
    [InlineData("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", "PNG")]
    [InlineData("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF", "JPEG")]
    [InlineData("\u001f\u008b\u0008\u0000\u0000\u0000\u0000\u0000", "gzip")]
    [InlineData("GIF89a\u0001\u0000", "GIF")]
    [InlineData("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "Office")]
    [InlineData("\u00ff\u00feH\u0000e\u0000l\u0000l\u0000o\u0000", "UTF-16")]
    [InlineData("%PDF-", "PDF")] // the signature alone
    public void Known_signatures_are_binary_and_named(string content, string name)
    {
        var evidence = Evidence(Bytes(content));

        Assert.NotNull(evidence);
        Assert.Contains(name, evidence);
    }

    [Theory]
    [InlineData("Caf\u00e9 \u0093quoted\u0094 text\u0001")]            // Windows-1252 with one control byte
    [InlineData("Plain \u00e9 text with a NUL\u0000 and invalid UTF-8")] // invalid UTF-8 with a NUL
    public void Invalid_utf8_with_any_control_byte_is_binary(string content)
    {
        Assert.Contains("is not UTF-8 text", Evidence(Bytes(content)));
    }

    [Theory]
    [InlineData("Council approves bridge plan.\n\nThe council voted on Tuesday.")]
    [InlineData("Caf\u00e9 \u0093quoted\u0094 text in Windows-1252, tabs\tand\r\nbreaks\u000c")]
    [InlineData("Old DOS text in Windows-1252 \u0093ends\u0094 with an end-of-file mark\u001a")]
    [InlineData("Shells hit\u0000 the market.\u0000")]                        // a stray NUL or two in clean UTF-8
    [InlineData("\u001b[1mA terminal escape\u001b[0m is text.")]
    public void Text_is_not_binary(string content)
    {
        Assert.Null(Evidence(Bytes(content)));
    }

    [Fact]
    public void Utf8_text_with_a_bom_and_a_sequence_cut_by_the_end_of_the_first_block_is_text()
    {
        var text = new StringBuilder("\uFEFF");
        while (Encoding.UTF8.GetByteCount(text.ToString()) < FileProbe.SampleSize + 100) text.Append("Gr\u00fc\u00dfe aus K\u00f6ln \u2014 ");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        Assert.Null(Evidence(bytes));
        Assert.True(FileProbe.Run(new MemoryStream(bytes)).IsUtf8);
    }

    [Fact]
    public void Valid_utf8_with_many_control_bytes_is_binary()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ab\u0001\u0002", 50)));

        Assert.Contains("has 100 control bytes", Evidence(bytes));
    }

    [Fact]
    public void Many_seeded_random_files_are_all_binary_every_time()
    {
        var random = new Random(20260318);
        for (int file = 0; file < 2000; file++)
        {
            var bytes = new byte[random.Next(256, 16 * 1024)];
            random.NextBytes(bytes);
            if (file % 2 == 1) bytes = [.. bytes.Where(b => b != 0)]; // half of them without a single NUL

            var first = Evidence(bytes);
            Assert.True(first is not null, $"random file {file} ({bytes.Length} bytes) was read as text");
            Assert.Equal(first, Evidence(bytes));
        }
    }

    [Fact]
    public void Seeded_random_text_in_either_encoding_is_never_binary()
    {
        string[] words = ["the", "council", "said", "Caf\u00e9", "\u201Cquoted\u201D", "na\u00efve", "\u2014", "Montr\u00e9al", "bridge", "\n\n", "\t", "2026"];
        var random = new Random(7);
        for (int file = 0; file < 500; file++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(5, 3000)).Select(_ => words[random.Next(words.Length)]));
            Assert.Null(Evidence(Encoding.UTF8.GetBytes(text)));
            Assert.Null(Evidence(TextEncodings.Windows1252.GetBytes(text)));
        }
    }
}
