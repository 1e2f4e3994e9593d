using FramingAnalyzer.Learning;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Learning;

public class PackedGramTableTests
{
    [Fact]
    public void Every_stored_key_finds_its_slot_and_absent_keys_find_none()
    {
        var random = new SeededRandom(5);
        var keys = Enumerable.Range(0, 50_000).Select(_ => random.NextUInt64()).Distinct().ToArray();
        var table = new PackedGramTable(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        Assert.Equal(keys.Length, table.Count);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out int slot));
            Assert.Equal(i, slot);
        }
        var stored = keys.ToHashSet();
        for (int i = 0; i < 50_000; i++)
        {
            ulong probe = random.NextUInt64();
            Assert.Equal(stored.Contains(probe), table.TryGetValue(probe, out _));
        }
    }

    [Fact]
    public void Keys_with_the_same_home_bucket_are_told_apart()
    {
        // Same top bits (the home bucket), different low bits: they collide and must probe.
        ulong[] keys = [0xAB00_0000_0000_0001, 0xAB00_0000_0000_0002, 0xAB00_0000_0000_0003, 0];
        var table = new PackedGramTable(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        for (int i = 0; i < keys.Length; i++) Assert.True(table.TryGetValue(keys[i], out int slot) && slot == i);
        Assert.False(table.TryGetValue(0xAB00_0000_0000_0004, out _));
    }
}
