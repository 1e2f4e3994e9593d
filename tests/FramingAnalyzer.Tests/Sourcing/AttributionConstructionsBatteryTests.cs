using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Attribution constructions of US news that a battery written for this project by category of construction (without
/// looking at any corpus) showed the extractor missing or mistyping: "quoted by" a medium "as saying", a raising passive
/// ("is reported to have said"), the outlet an op-ed appeared in, a programme as the medium, a relative clause opened by
/// "that", a group "from across" a place, a document after a possessor, a doctor's title before an apposition that says
/// what the person is, and a short acronym that only matches in capitals. The sentences and people are invented.
/// </summary>
public class AttributionConstructionsBatteryTests
{
    [Theory]
    [InlineData("Mayor Hanna Belt was quoted by the Harbour Herald as saying the budget would balance.", "Mayor Hanna Belt", "quoted by the Harbour Herald as saying", "the budget would balance")]
    [InlineData("Rosa Delgar, a hotel housekeeper, was quoted in The Lakeside Ledger as saying her family had waited for years.", "Rosa Delgar, a hotel housekeeper", "quoted in The Lakeside Ledger as saying", "her family had waited for years")]
    [InlineData("The mayor was quoted as saying the budget would balance.", "The mayor", "quoted as saying", "the budget would balance")]
    public void A_subject_quoted_by_a_medium_as_saying_is_the_source(string text, string source, string cue, string content) => AssertOnlyRelation(text, source, cue, content);

    [Theory]
    [InlineData("Minister Tomas Varga is reported to have said that the port would reopen.", "Minister Tomas Varga", "have said", "the port would reopen")]
    [InlineData("Governor Ada Holm is said to have told donors that she would not run again.", "Governor Ada Holm", "have told", "she would not run again")]
    [InlineData("Senator Lena Havers, who left the race this month, is understood to have told aides that she will not endorse anyone.",
        "Senator Lena Havers, who left the race this month", "have told", "she will not endorse anyone")]
    [InlineData("Sen. Dora Lind wrote in an op-ed for The Harbour Examiner that the transfer would hand control to foreign powers.", "Sen. Dora Lind", "wrote", "the transfer would hand control to foreign powers")]
    [InlineData("Religious leaders from across the state said in an open letter that the ban betrays the country's values.", "Religious leaders from across the state", "said", "the ban betrays the country's values")]
    [InlineData("Church groups that resettle refugees said the order had left families stranded.", "Church groups that resettle refugees", "said", "the order had left families stranded")]
    public void The_source_the_cue_and_the_clause_are_found(string text, string source, string cue, string content) => AssertOnlyRelation(text, source, cue, content);

    [Fact]
    public void A_programme_is_a_medium_between_the_speaker_and_a_quotation()
    {
        var document = Doc("As Tom Varga put it on his show Monday night, \"The people who got it wrong are still running things.\"");
        Assert.Equal("Tom Varga", document.Slice(Single(document).Source));
    }

    /// <summary>"that" after a verb opens its clause; only after a plural noun and before a verb does it open a relative.</summary>
    [Theory]
    [InlineData("Analysts said that officials said the plant was unsafe.", "officials")]
    [InlineData("Companies that make solar panels argue that tariffs will cost jobs.", "Companies that make solar panels")]
    public void That_opens_a_relative_clause_only_after_a_plural_noun_and_before_a_verb(string text, string source)
    {
        var document = Doc(text);
        Assert.Contains(Extract(document), a => document.Slice(a.Source) == source);
    }

    [Theory]
    [InlineData("The company's filing shows that revenue fell 12 percent.", "document")] // the possessor's noun, not a participle
    [InlineData("Dr. Ines Varo, the director of the Centers for Disease Control and Prevention, warned that the outbreak would spread.", "official")]
    [InlineData("Dr. Ines Varo, a spokeswoman for the Health Ministry, said the clinic was full.", "official")]
    [InlineData("Dr. Ines Varo, of Springfield, said the clinic was full.", "expert")] // the apposition says nothing: the title does
    [InlineData("Premier Kim Jong Un said the talks were over.", "official")] // "Un" is no United Nations
    public void The_type_follows_what_the_phrase_says_the_source_is(string text, string type)
    {
        Assert.Equal(type, OnlyTyped(text).SourceType);
    }

    [Fact]
    public void A_later_mention_by_a_doctors_title_takes_what_the_first_mentions_apposition_says()
    {
        var read = Read("Dr. Ines Varo, the director of the Centers for Disease Control and Prevention, warned that the outbreak would spread.",
            "\"We are not there yet,\" Dr. Varo said.");
        Assert.Equal("official", Saying(read, "Dr. Varo").SourceType);
    }
}
