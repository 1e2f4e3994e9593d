using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Tests.Aggregation;

/// <summary>Adding articles a block at a time gives the same resample sums as adding them one by one.</summary>
public class BootstrapBlockTests
{
    [Theory]
    [InlineData(1000)]
    [InlineData(37)] // not a multiple of any vector width
    public void Block_sums_equal_article_by_article_sums_whenever_they_are_read(int resamples)
    {
        var random = new Random(7);
        var oneByOne = new BootstrapSums(resamples);
        var blocked = new BootstrapSums(resamples);
        var block = new BootstrapBlock(resamples);
        var bytes = new byte[resamples];
        var longs = new long[resamples];
        for (int article = 0; article < 100; article++)
        {
            PoissonWeights.Fill("article-" + article, 42, bytes);
            for (int b = 0; b < resamples; b++) longs[b] = bytes[b];
            // Zeros, fractions, large and negative values, as metrics give.
            double numerator = article % 3 == 0 ? 0 : random.NextDouble() * (article % 5 == 0 ? 1e6 : 3) - 1;
            double denominator = article % 4 == 0 ? 0 : random.Next(0, 40);
            oneByOne.Add(longs, numerator, denominator);
            if (block.IsFull)
            {
                blocked.Flush();
                block.Clear();
            }
            blocked.Add(block, block.Add(bytes), numerator, denominator);
            if (article % 23 == 0) Assert.Equal(oneByOne.Statistic(5), blocked.Statistic(5)); // a read mid-block flushes
        }
        Assert.Equal(oneByOne.Numerators, blocked.Numerators);
        Assert.Equal(oneByOne.Denominators, blocked.Denominators);
        Assert.Equal(oneByOne.SortedStatistics(), blocked.SortedStatistics());
    }

    [Fact]
    public void A_full_block_refuses_another_article()
    {
        var block = new BootstrapBlock(3);
        for (int i = 0; i < BootstrapBlock.Capacity; i++) block.Add([1, 0, 2]);
        Assert.Throws<InvalidOperationException>(() => block.Add([1, 1, 1]));
        block.Clear();
        Assert.Equal(0, block.Add([1, 1, 1]));
    }
}
