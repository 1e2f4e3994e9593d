using System.Numerics.Tensors;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>The static tier: deterministic vectors, a checked file, and the same direction as the full transformer.</summary>
public sealed class StaticVectorsTests
{
    private static StaticVectors Shipped => EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath);

    [Fact]
    public void The_same_text_always_gets_the_same_bits_and_a_reread_file_the_same_table()
    {
        var texts = new[] { "Government forces shelled the market, residents said.", "the" };
        var a = Encode(Shipped, texts);
        var b = Encode(StaticVectors.Read(EncoderCatalog.ShippedVectorsPath), texts);
        Assert.Equal(a[0], b[0]);
        Assert.Equal(a[1], b[1]);
        Assert.NotEqual(a[0], a[1]);
        Assert.Equal(ModelInputRowWidth, Shipped.Dimension);
    }

    private static int ModelInputRowWidth => FramingAnalyzer.Learning.ModelInputRow.EmbeddingWidth;

    [Fact]
    public void A_text_without_tokens_gets_zeros()
    {
        Assert.All(Encode(Shipped, [""])[0], x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Frequent_tokens_weigh_less_than_rare_ones()
    {
        var tokenizer = Shipped.Tokenizer;
        Assert.True(Shipped.WeightOf(tokenizer.IdOf("the")) < 0.2f);
        Assert.True(Shipped.WeightOf(tokenizer.IdOf(",")) < 0.2f);
        Assert.True(Shipped.WeightOf(tokenizer.IdOf("senator")) > 0.8f);
    }

    [Fact]
    public void Related_words_are_closer_than_unrelated_ones()
    {
        var v = Encode(Shipped, ["senator", "lawmaker", "banana"]);
        Assert.True(Cosine(v[0], v[1]) > Cosine(v[0], v[2]) + 0.1, $"senator~lawmaker {Cosine(v[0], v[1]):0.00}, senator~banana {Cosine(v[0], v[2]):0.00}");
    }

    [Fact]
    public void Static_and_contextual_vectors_of_a_sentence_point_the_same_way()
    {
        var contextual = EncoderCatalog.For(EncoderTier.Contextual)!;
        string[] sentences =
        [
            "The Kremlin press service said in a statement that the leaders had spoken by phone.",
            "Protesters clashed with police outside the parliament on Friday.",
            "The central bank raised interest rates by half a percentage point.",
            "Heroic fighters liberated the town from the terrorists.",
            "Shares of the carmaker fell 4% after it cut its sales forecast.",
        ];
        var fromTable = Encode(Shipped, sentences);
        var fromTransformer = new float[sentences.Length][];
        for (int i = 0; i < sentences.Length; i++) fromTransformer[i] = new float[contextual.Dimension];
        contextual.Encode(sentences, fromTransformer);
        for (int i = 0; i < sentences.Length; i++)
        {
            // Measured: 0.40 to 0.77 for the same sentence, at most 0.23 for another one.
            double same = Cosine(fromTable[i], fromTransformer[i]);
            Assert.True(same >= 0.40, $"sentence {i}: cosine {same:0.000}");
            for (int j = 0; j < sentences.Length; j++)
            {
                if (j != i) Assert.True(same > Cosine(fromTable[i], fromTransformer[j]) + 0.15, $"sentence {i} is too close to the contextual vector of {j}");
            }
        }
    }

    [Fact]
    public void A_missing_file_is_a_clear_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"framing-missing-{Guid.NewGuid():N}.bin");
        var error = Assert.Throws<EncoderLoadException>(() => StaticVectors.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("missing", error.Message);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    public void A_damaged_file_is_refused_with_a_clear_error(string damage)
    {
        var path = Path.Combine(Path.GetTempPath(), $"framing-damaged-{Guid.NewGuid():N}.bin");
        var bytes = File.ReadAllBytes(EncoderCatalog.ShippedVectorsPath);
        bytes = damage switch
        {
            "flip" => Flip(bytes, bytes.Length / 2),
            "truncate" => bytes[..(bytes.Length / 3)],
            _ => "not a vectors file at all"u8.ToArray(),
        };
        File.WriteAllBytes(path, bytes);
        try
        {
            var error = Assert.Throws<EncoderLoadException>(() => EncoderCatalog.For(EncoderTier.Static, path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        bytes[at] ^= 0x5A;
        return bytes;
    }

    private static float[][] Encode(ITextEncoder encoder, string[] texts)
    {
        var rows = texts.Select(_ => new float[encoder.Dimension]).ToArray();
        encoder.Encode(texts, rows);
        return rows;
    }

    private static double Cosine(float[] a, float[] b) => TensorPrimitives.CosineSimilarity(a, b);
}
