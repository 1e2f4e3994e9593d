using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Aggregation;

/// <summary>
/// Per (outlet, story) tallies that spill to temporary files beyond a memory limit: the stories read back are the same,
/// in the same order, as when everything stays in memory.
/// </summary>
public class StoryLedgerTests
{
    private static readonly int[] Kept = [0, 1];

    private static List<(string Outlet, string Story, double[] Values)> Articles(int count)
    {
        var random = new SeededRandom(8);
        return Enumerable.Range(0, count).Select(_ => ($"outlet-{random.Next(5)}", $"story-{random.Next(count / 4)}",
            new[] { Math.Round(random.NextDouble() * 100, 2), random.Next(6) == 0 ? double.NaN : random.NextDouble() })).ToList();
    }

    private static List<string> Read(StoryLedger ledger) =>
        ledger.Stories().SelectMany(s => s.Outlets.Select(o => $"{s.Story} {o.Key} {string.Join(",", o.Value.Counts)} {string.Join(",", o.Value.Sums)}")).ToList();

    private static StoryLedger Fill(IEnumerable<(string Outlet, string Story, double[] Values)> articles, int memoryLimit)
    {
        var ledger = new StoryLedger(Kept.Length, memoryLimit);
        foreach (var (outlet, story, values) in articles) ledger.Add(outlet, story, values, Kept);
        return ledger;
    }

    [Fact]
    public void A_spilled_ledger_reads_back_like_one_held_in_memory()
    {
        var articles = Articles(2_000);
        using var inMemory = Fill(articles, memoryLimit: 100_000);
        using var spilled = Fill(articles, memoryLimit: 16);

        Assert.False(inMemory.HasSpilled);
        Assert.True(spilled.HasSpilled);
        Assert.Equal(Read(inMemory), Read(spilled));
        Assert.Equal(Read(spilled), Read(spilled)); // reading does not consume
    }

    [Fact]
    public void Arrival_order_and_splits_do_not_change_what_is_read()
    {
        var articles = Articles(1_200);
        using var single = Fill(articles, memoryLimit: 64);
        using var first = Fill(articles.Where((_, i) => i % 2 == 0).Reverse(), memoryLimit: 10);
        using var second = Fill(articles.Where((_, i) => i % 2 == 1), memoryLimit: 100_000);
        second.Merge(first);

        Assert.Equal(Read(single), Read(second));
    }

    [Fact]
    public void Adding_after_reading_is_reflected_in_the_next_read()
    {
        var articles = Articles(400);
        using var ledger = Fill(articles.Take(300), memoryLimit: 8);
        _ = Read(ledger);
        foreach (var (outlet, story, values) in articles.Skip(300)) ledger.Add(outlet, story, values, Kept);

        using var reference = Fill(articles, memoryLimit: 100_000);
        Assert.Equal(Read(reference), Read(ledger));
    }

    [Fact]
    public void Spill_files_leave_nothing_in_the_temporary_folder()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "framing-stories-*").Length;
        using var ledger = Fill(Articles(500), memoryLimit: 4);

        Assert.True(ledger.HasSpilled);
        if (!OperatingSystem.IsWindows()) Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "framing-stories-*").Length);
    }
}
