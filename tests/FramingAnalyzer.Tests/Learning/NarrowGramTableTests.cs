using FramingAnalyzer.Learning;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Learning;

public class NarrowGramTableTests
{
    [Fact]
    public void Every_stored_key_finds_its_slot_and_absent_keys_find_none()
    {
        var random = new SeededRandom(7);
        var keys = Enumerable.Range(0, 40_000).Select(_ => (uint)random.NextUInt64()).Distinct().ToArray();
        var table = new NarrowGramTable(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        Assert.Equal(keys.Length, table.Count);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out int slot));
            Assert.Equal(i, slot);
        }
        var stored = keys.ToHashSet();
        for (int i = 0; i < 40_000; i++)
        {
            uint probe = (uint)random.NextUInt64();
            Assert.Equal(stored.Contains(probe), table.TryGetValue(probe, out _));
        }
    }

    [Fact]
    public void Latin_1_grams_pack_one_byte_per_char_and_wider_ones_do_not_fit()
    {
        Assert.Equal(0x02_61_62_E9u, NarrowGramTable.Pack("\u0002abé"));
        Assert.Equal(0x61_62u, NarrowGramTable.Pack("ab"));
        Assert.True(NarrowGramTable.Fits("\u0002abÿ"));
        Assert.False(NarrowGramTable.Fits("ab\u201C"));
        Assert.False(NarrowGramTable.Fits("Ελλά"));
        // Key 0 (four NULs) is a key like any other: empty buckets are marked by their slot, not their key.
        var table = new NarrowGramTable([KeyValuePair.Create(0u, 3)]);
        Assert.True(table.TryGetValue(0u, out int slot) && slot == 3);
        Assert.False(table.TryGetValue(1u, out _));
    }
}
