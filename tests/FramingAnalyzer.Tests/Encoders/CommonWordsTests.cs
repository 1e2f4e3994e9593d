using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>The commonest words of English, read from the order of the encoder's WordPiece vocabulary.</summary>
public sealed class CommonWordsTests
{
    [Fact]
    public void The_first_whole_words_of_the_vocabulary_from_the_on_are_the_common_words()
    {
        var tokenizer = new WordPieceTokenizer(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "b", "!", "the", "of", "##s", "like", "1990", "even", "regime"]);

        Assert.Equal(new HashSet<string> { "the", "of", "like" }, CommonWords.Of(tokenizer, 3));
        Assert.Equal(5, CommonWords.Of(tokenizer, 100).Count); // "##s", "1990" and single characters are not words
    }

    [Fact]
    public void The_shipped_vectors_give_1500_common_words_without_loaded_ones()
    {
        var common = CommonWords.Of(StaticVectors.Read(EncoderCatalog.ShippedVectorsPath).Tokenizer);

        Assert.Equal(CommonWords.DefaultCount, common.Count);
        Assert.Superset(new HashSet<string> { "the", "of", "like", "even", "very", "nothing", "everyone", "really" }, common);
        Assert.All(new[] { "regime", "terrorists", "slammed", "radical", "brutal", "chaos", "propaganda", "mob" }, w => Assert.DoesNotContain(w, common));
    }
}
