using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Tests.Lexicons;

/// <summary>The prefilter never rules out a key (nor, ignoring case, any casing of one), whatever the size of its bit set.</summary>
public sealed class KeyPrefilterTests
{
    private static readonly string[] Words = ["a", "an", "the", "said", "Said", "told", "spokesperson", "x-ray", "'s", "é", "ıd", "30"];

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(5000)] // the largest bit set
    public void Every_key_may_be_contained(int copies)
    {
        var keys = Enumerable.Range(0, copies).SelectMany(i => Words.Select(w => i == 0 ? w : w + i)).ToList();
        var ordinal = new KeyPrefilter(keys, StringComparison.Ordinal);
        var ignoreCase = new KeyPrefilter(keys, StringComparison.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            Assert.True(ordinal.MayContain(key));
            Assert.True(ignoreCase.MayContain(key));
            Assert.True(ignoreCase.MayContain(key.ToUpperInvariant()));
            Assert.True(ignoreCase.MayContain(key.ToLowerInvariant()));
        }
    }

    [Fact]
    public void Most_other_words_are_ruled_out()
    {
        var filter = new KeyPrefilter(["said", "told", "added"], StringComparison.Ordinal);
        var others = new[] { "minister", "Tuesday", "people", "attack", "government", "city", "forces", "report", "police", "water" };
        Assert.True(others.Count(w => !filter.MayContain(w)) >= 8);
    }

    [Fact]
    public void A_word_outside_ascii_at_its_start_always_passes()
    {
        var filter = new KeyPrefilter(["said"], StringComparison.OrdinalIgnoreCase);
        Assert.True(filter.MayContain("ḱey"));
    }
}
