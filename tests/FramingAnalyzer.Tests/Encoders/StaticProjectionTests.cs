using FramingAnalyzer.Encoders;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Encoders;

public sealed class StaticProjectionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void Projecting_eight_tokens_at_a_time_gives_the_same_bits_as_one_at_a_time(int classes)
    {
        var table = EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath);
        var random = new SeededRandom((ulong)classes);
        // Weights of the size and spread a trained model has, some of them tiny, so rounding would show.
        var weights = Enumerable.Range(0, table.Dimension * classes)
            .Select(i => (float)((random.NextDouble() - 0.5) * (i % 7 == 0 ? 1e-3 : 2))).ToArray();

        var lanes = new StaticProjection(table, weights, classes, 2f, eightAtATime: true);
        var single = new StaticProjection(table, weights, classes, 2f, eightAtATime: false);

        Assert.Equal(table.Tokenizer.Vocabulary.Count * classes, single.Projected.Length);
        Assert.True(lanes.Projected.SequenceEqual(single.Projected), "The vector lanes rounded differently from the loop.");
    }
}
