using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A person the article introduces by what they do rather than by a role noun ("Linda Marsh has lived on the same
/// street for 30 years"; "Ana Ruiz, who has covered the campaign for ...") is typed by that predicate
/// (<c>person_predicates.csv</c>, evidence predicate) when nothing stronger types them; a later surname takes it
/// (issue 13). People are invented.
/// </summary>
public class PredicateTypingTests
{
    [Theory]
    [InlineData("Linda Marsh has lived on the same street in Elkton for 30 years. \"The water still smells,\" Marsh said.", "Marsh", "citizen")]
    [InlineData("Ruth Varga teaches constitutional law at a university in Boston. Varga said the order would not survive.", "Varga", "expert")]
    [InlineData("Ana Ruiz has covered the campaign for a Miami newspaper since January. Ruiz said the crowds were smaller.", "Ruiz", "media")]
    [InlineData("Ana Ruiz, who has covered the campaign for a Miami newspaper, said the crowds were smaller.", "Ana Ruiz, who has covered the campaign for a Miami newspaper", "media")]
    [InlineData("Ana Ruiz, who covers the Harbor City Council for a Miami newspaper, said the vote was delayed.", "Ana Ruiz, who covers the Harbor City Council for a Miami newspaper", "media")] // the beat is no employer
    public void What_the_person_does_types_them(string text, string source, string type)
    {
        var document = Doc(text);
        var (analysis, _) = Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), document);
        var found = Assert.Single(analysis.Attributions, a => document.Slice(a.Source) == source);
        Assert.Equal((type, "predicate"), (found.SourceType, found.TypeEvidence));
    }

    [Fact]
    public void A_role_word_wins_over_the_predicate()
    {
        const string text = "Sen. Ada Lind has lived in Elkton for 30 years. Lind said the plant would reopen.";
        Assert.Equal("political", TypeOfSource(text, "Lind"));
    }

    [Fact]
    public void A_predicate_about_someone_else_in_the_sentence_does_not_type_the_person()
    {
        var document = Doc("Reporters asked Linda Marsh about the plant. Marsh said it would reopen.");
        var (analysis, _) = Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), document);
        Assert.DoesNotContain(analysis.Attributions, a => a.TypeEvidence == "predicate");
    }
}
