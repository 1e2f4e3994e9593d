using FramingAnalyzer.Model;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Aggregation;

/// <summary>
/// partial.state, what a shard hands to merge: written and read back it is the same aggregation, also beyond the
/// memory bounds (binned value samples, trimmed scatter samples, story tallies spilled to disk), and its counts survive.
/// </summary>
public class PartialStateTests
{
    private static readonly ScoreSchema Schema = ScoredArticles.Schema();

    private static Aggregator Fill(int articles, int stories, int storiesInMemory)
    {
        var random = new SeededRandom(11);
        var aggregator = new Aggregator(Schema, resamples: 200, storiesInMemory: storiesInMemory);
        for (int i = 0; i < articles; i++)
        {
            double words = Math.Round(80 + random.NextDouble() * 900, 2);
            int sources = random.Next(6), official = sources == 0 ? 0 : random.Next(sources + 1);
            aggregator.Add(ScoredArticles.Make(Schema, $"a-{i}", random.Next(3) == 0 ? "Gazette" : "Courier", words,
                Math.Floor(words * random.NextDouble() * 0.5), official, sources - official, sources,
                random.Next(6) == 0 ? null : $"story-{random.Next(stories)}", $"2025-01-{1 + random.Next(28):D2}"));
        }
        return aggregator;
    }

    private static (Aggregator Aggregate, RunCounts Counts) RoundTrip(Aggregator aggregator, RunCounts counts)
    {
        var path = Path.Combine(Path.GetTempPath(), $"framing-partial-{Guid.NewGuid():N}.state");
        try
        {
            PartialState.Write(path, aggregator, counts);
            return PartialState.Read(path, Schema);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(60, 10, 4_096)]     // everything exact and in memory
    [InlineData(4_000, 500, 32)]    // beyond every bound
    public void A_written_state_reads_back_as_the_same_aggregation(int articles, int stories, int storiesInMemory)
    {
        using var original = Fill(articles, stories, storiesInMemory);
        var counts = new RunCounts { Read = articles + 2, Analysed = articles, Skipped = 2, Duplicates = 1, WarningCount = 3 };
        counts.Warnings.Add("x.txt: a warning");

        var (restored, restoredCounts) = RoundTrip(original, counts);
        using (restored)
        {
            Assert.Equal(Fingerprint.State(original), Fingerprint.State(restored));
            Assert.Equal(Fingerprint.Tables(original), Fingerprint.Tables(restored));
            Assert.Equal((counts.Read, counts.Analysed, counts.Skipped, counts.Duplicates, counts.WarningCount),
                (restoredCounts.Read, restoredCounts.Analysed, restoredCounts.Skipped, restoredCounts.Duplicates, restoredCounts.WarningCount));
            Assert.Equal(counts.Warnings, restoredCounts.Warnings);
        }
    }

    [Fact]
    public void A_truncated_state_is_an_error_naming_the_file()
    {
        using var original = Fill(200, 20, 4_096);
        var path = Path.Combine(Path.GetTempPath(), $"framing-partial-{Guid.NewGuid():N}.state");
        try
        {
            PartialState.Write(path, original, new RunCounts());
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

            var error = Assert.Throws<InvalidDataException>(() => PartialState.Read(path, Schema));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
