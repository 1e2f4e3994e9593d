using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// The rule that gives a sentence its function without a model reads its markers from claim_markers.csv: evaluative,
/// causal (one word or two), contested, and casualty words that make a claim only with a number near them.
/// </summary>
public class ClaimMarkersTests
{
    private static string Function(string sentence, ClaimMarkers? markers = null)
    {
        var document = Doc(sentence);
        return SentenceFunctionRule.Classify(new DocumentText(document), document.Sentences[0], markers ?? ShippedLexicons.Claims);
    }

    [Theory]
    [InlineData("The so-called council met on Friday.")]
    [InlineData("The flood was caused by the broken dyke.")]
    [InlineData("The closure led to long queues at the ferry.")]
    [InlineData("The quay was closed because of the storm.")]
    [InlineData("The figures are propaganda.")]
    [InlineData("Twelve people were killed on the quay.")]
    [InlineData("At least 40 were wounded in the blast.")]
    public void Shipped_markers_make_a_claim(string sentence) => Assert.Equal(SentenceFunctions.UnattributedClaim, Function(sentence));

    [Theory]
    [InlineData("The council met on Friday.")]
    [InlineData("The ferry led the way out of the harbour.")]
    [InlineData("Fishermen killed time on the quay.")]
    public void Plain_sentences_are_background(string sentence) => Assert.Equal(SentenceFunctions.Background, Function(sentence));

    [Fact]
    public void A_researchers_file_replaces_the_markers()
    {
        var path = WriteTemp("claim_markers.csv", "pattern,marker\ngleaming,evaluative\npaved the,causal\nfloods,casualty");
        var markers = ClaimMarkers.Load(path);
        Assert.Equal(SentenceFunctions.UnattributedClaim, Function("The gleaming bridge opened.", markers));
        Assert.Equal(SentenceFunctions.UnattributedClaim, Function("The vote paved the way for a new quay.", markers));
        Assert.Equal(SentenceFunctions.UnattributedClaim, Function("Three floods hit the coast.", markers));
        Assert.Equal(SentenceFunctions.Background, Function("The floods hit the coast.", markers));
        Assert.Equal(SentenceFunctions.Background, Function("The so-called council met on Friday.", markers));
    }

    [Theory]
    [InlineData("pattern,marker\nheroic,evaluative\nbrave,praise", ":3:", "praise")]
    [InlineData("pattern,marker\nheroic,evaluative\nvery brave,evaluative", ":3:", "one word")]
    [InlineData("pattern,kind\nheroic,evaluative", ":1:", "marker")]
    public void A_bad_row_names_file_and_line(string content, string line, string expected)
    {
        var path = WriteTemp("claim_markers.csv", content);
        var error = Assert.Throws<LexiconException>(() => ClaimMarkers.Load(path));
        Assert.Contains(path + line, error.Message);
        Assert.Contains(expected, error.Message);
    }
}
