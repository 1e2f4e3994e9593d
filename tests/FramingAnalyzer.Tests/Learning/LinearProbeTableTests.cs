using FramingAnalyzer.Learning;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Learning;

/// <summary>The table over both key kinds the linear scorer uses: 32-bit <see cref="NarrowGram"/>s and 64-bit <see cref="MixedKey"/>s.</summary>
public class LinearProbeTableTests
{
    [Fact]
    public void Every_stored_narrow_key_finds_its_slot_and_absent_keys_find_none()
    {
        var random = new SeededRandom(7);
        AssertFindsStoredKeysOnly<uint, NarrowGram>(40_000, () => (uint)random.NextUInt64());
    }

    [Fact]
    public void Every_stored_mixed_key_finds_its_slot_and_absent_keys_find_none()
    {
        var random = new SeededRandom(5);
        AssertFindsStoredKeysOnly<ulong, MixedKey>(50_000, random.NextUInt64);
    }

    [Fact]
    public void Mixed_keys_with_the_same_home_bucket_are_told_apart()
    {
        // Same top bits (the home bucket), different low bits: they collide and must probe.
        ulong[] keys = [0xAB00_0000_0000_0001, 0xAB00_0000_0000_0002, 0xAB00_0000_0000_0003, 0];
        var table = new LinearProbeTable<ulong, MixedKey>(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        for (int i = 0; i < keys.Length; i++) Assert.True(table.TryGetValue(keys[i], out int slot) && slot == i);
        Assert.False(table.TryGetValue(0xAB00_0000_0000_0004, out _));
    }

    [Fact]
    public void Narrow_keys_with_the_same_home_bucket_are_told_apart()
    {
        // A table of up to 8 keys has 16 buckets, its home the top 4 bits of the hash (shift 28): take the first keys
        // that share key 1's home bucket, so they collide and must probe.
        const int shift = 32 - 4;
        uint[] keys = Enumerable.Range(2, 10_000).Select(k => (uint)k)
            .Where(k => NarrowGram.Home(k, shift) == NarrowGram.Home(1u, shift)).Take(3).Prepend(1u).ToArray();
        Assert.Equal(4, keys.Length);
        var table = new LinearProbeTable<uint, NarrowGram>(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        for (int i = 0; i < keys.Length; i++) Assert.True(table.TryGetValue(keys[i], out int slot) && slot == i);
        uint sameHomeAbsent = Enumerable.Range(2, 100_000).Select(k => (uint)k)
            .First(k => NarrowGram.Home(k, shift) == NarrowGram.Home(1u, shift) && !keys.Contains(k));
        Assert.False(table.TryGetValue(sameHomeAbsent, out _));
    }

    [Fact]
    public void Latin_1_grams_pack_one_byte_per_char_and_wider_ones_do_not_fit()
    {
        Assert.Equal(0x02_61_62_E9u, NarrowGram.Pack("\u0002abé"));
        Assert.Equal(0x61_62u, NarrowGram.Pack("ab"));
        Assert.True(NarrowGram.Fits("\u0002abÿ"));
        Assert.False(NarrowGram.Fits("ab\u201C"));
        Assert.False(NarrowGram.Fits("Ελλά"));
    }

    [Fact]
    public void Key_0_is_a_key_like_any_other()
    {
        // Key 0 (four NULs, narrow) is stored and found: empty buckets are marked by their slot, not their key.
        var narrow = new LinearProbeTable<uint, NarrowGram>([KeyValuePair.Create(0u, 3)]);
        Assert.True(narrow.TryGetValue(0u, out int slot) && slot == 3);
        Assert.False(narrow.TryGetValue(1u, out _));
        var mixed = new LinearProbeTable<ulong, MixedKey>([KeyValuePair.Create(0UL, 4)]);
        Assert.True(mixed.TryGetValue(0UL, out slot) && slot == 4);
        Assert.False(mixed.TryGetValue(1UL, out _));
    }

    private static void AssertFindsStoredKeysOnly<TKey, THome>(int count, Func<TKey> next)
        where TKey : unmanaged, IEquatable<TKey>
        where THome : struct, IHomeBucket<TKey>
    {
        var keys = Enumerable.Range(0, count).Select(_ => next()).Distinct().ToArray();
        var table = new LinearProbeTable<TKey, THome>(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        Assert.Equal(keys.Length, table.Count);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out int slot));
            Assert.Equal(i, slot);
        }
        var stored = keys.ToHashSet();
        for (int i = 0; i < count; i++)
        {
            var probe = next();
            Assert.Equal(stored.Contains(probe), table.TryGetValue(probe, out _));
        }
    }
}
