using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Constructions from three batteries of news sentences written for this project by beat (the 2016 campaign trail,
/// contested social issues, foreign and state-media copy), without looking at any corpus: a later "the chairman" for a
/// person whose apposition gave that role, "both men" and "the two leaders" for names joined by "and", and a document
/// described by a participle and its agent ("a police report obtained by the newspaper shows"). The sentences and people
/// are invented.
/// </summary>
public class CampaignAndForeignNewsTests
{
    [Theory]
    [InlineData("Rep. Ada Holm, the chairman of the oversight committee, met the witness on Tuesday.", "The chairman said subpoenas would follow.")]
    [InlineData("\"We will get the documents,\" said Rep. Ada Holm, the chairman of the oversight committee.", "The chairman said subpoenas would follow.")]
    public void A_later_role_noun_goes_to_the_person_whose_apposition_gave_that_role(string first, string second)
    {
        var chairman = Saying(Read(first, second), "The chairman");
        Assert.Equal(("Rep. Ada Holm", "political"), (chairman.SourceCanonical, chairman.SourceType));
    }

    [Fact]
    public void A_later_role_noun_does_not_take_a_word_from_the_appositions_prepositional_phrase()
    {
        var committee = Saying(Read("Rep. Ada Holm, the chairman of the oversight committee, met the witness on Tuesday.",
            "The committee said subpoenas would follow."), "The committee");
        Assert.NotEqual("Rep. Ada Holm", committee.SourceCanonical);
    }

    [Theory]
    [InlineData("President Ada Holm and Prime Minister Tom Varga met in Osaka on Saturday.", "Both men said the talks had been productive.", "men")]
    [InlineData("Senator Ada Holm and Senator Tom Varga left the meeting early.", "The two leaders said the president had walked out.", "The two leaders")]
    [InlineData("Ada Holm and Tom Varga, both residents of the town, filed the suit.", "The pair said they had been ignored.", "The pair")]
    public void Both_men_and_the_two_leaders_go_to_names_joined_by_and(string first, string second, string source)
    {
        var pair = Saying(Read(first, second), source);
        Assert.Contains(" and ", pair.SourceCanonical);
    }

    [Theory]
    [InlineData("The police report obtained by the newspaper shows that the officer fired six shots.", "The police report obtained by the newspaper")]
    [InlineData("A police report seen by the Ledger shows that the officer fired six shots.", "A police report seen by the Ledger")]
    [InlineData("Documents reviewed by the Ledger show that the company knew of the flaw.", "Documents reviewed by the Ledger")]
    public void A_document_described_by_a_participle_and_its_agent_is_the_source(string text, string source) =>
        Assert.Equal("document", TypeOfSource(text, source));
}
