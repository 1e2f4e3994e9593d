using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>The index finds every entry's first id, short (packed) and long alike, and nothing else.</summary>
public sealed class VocabularyIndexTests
{
    [Fact]
    public void Every_entry_of_the_shipped_vocabulary_is_found_at_its_first_id()
    {
        var vocabulary = EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath).Tokenizer.Vocabulary.ToArray();
        var index = new VocabularyIndex(vocabulary);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int id = 0; id < vocabulary.Length; id++) first.TryAdd(vocabulary[id], id);
        foreach (var (entry, id) in first) Assert.Equal(id, index.Find(entry));
    }

    [Theory]
    [InlineData("")]
    [InlineData("qqqqzx")]
    [InlineData("qqqqzxqqqqzx")] // longer than a packed key
    [InlineData("κρεμλίνο")] // outside Latin-1
    [InlineData("ab\0")]
    public void Texts_that_are_no_entry_are_not_found(string text)
    {
        var index = new VocabularyIndex(["a", "ab", "abc", "##ab", "abcdefgh", "abcdefghi", "é", "abc"]);
        Assert.Equal(-1, index.Find(text));
    }

    [Fact]
    public void Short_and_long_entries_and_repeats_get_their_first_id()
    {
        var index = new VocabularyIndex(["a", "ab", "abc", "##ab", "abcdefgh", "abcdefghi", "é", "abc", "κ"]);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 8], new[] { "a", "ab", "abc", "##ab", "abcdefgh", "abcdefghi", "é", "κ" }.Select(e => index.Find(e)));
        Assert.Equal(-1, index.Find("abcdefg"));
        Assert.Equal(0, index.Find('a'));
        Assert.Equal(8, index.Find('κ'));
    }
}
