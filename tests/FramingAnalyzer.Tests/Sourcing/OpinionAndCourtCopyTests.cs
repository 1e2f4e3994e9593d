using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Sources of partisan opinion copy and court reporting that batteries written for this project by category (without
/// looking at any corpus) showed missed or mistyped: "the left" as a subject, a duration or the bench written for between
/// the verb and "that", a judge's opinion as the medium, a document described by a participle with its agent, the media
/// and movements named loosely, and "the bureau" after a listed bureau. The sentences and people are invented.
/// </summary>
public class OpinionAndCourtCopyTests
{
    [Theory]
    [InlineData("The left has claimed for months that the border wall is a vanity project.", "The left", "has claimed", "the border wall is a vanity project")]
    [InlineData("Judge Ada Holm wrote in a concurring opinion that the statute was void.", "Judge Ada Holm", "wrote", "the statute was void")]
    [InlineData("The chief justice wrote for the majority that the agency had failed to explain itself.", "The chief justice", "wrote", "the agency had failed to explain itself")]
    [InlineData("A memo written by Tom Varga says that prices rose.", "A memo written by Tom Varga", "says", "prices rose")]
    [InlineData("Holm's four-page letter to lawmakers said the audit was complete.", "Holm's four-page letter to lawmakers", "said", "the audit was complete")]
    [InlineData("Rep. Dora Lind wrote in an op-ed published Thursday that she was leaving the party.", "Rep. Dora Lind", "wrote", "she was leaving the party")]
    public void The_source_the_cue_and_the_clause_are_found(string text, string source, string cue, string content) => AssertOnlyRelation(text, source, cue, content);

    [Theory]
    [InlineData("The left has claimed for months that the border wall is a vanity project.", "political")]
    [InlineData("The mainstream media claimed the protests were peaceful.", "media")]
    [InlineData("Pro-life groups said the ruling was a blow.", "ngo_intl")]
    [InlineData("Wall Street warned that the plan would hurt markets.", "business")]
    [InlineData("Vox noted that the plan would require tax increases.", "media")] // a short name written as the canonical name
    [InlineData("A sentencing memorandum filed by prosecutors asks the judge to impose ten years.", "document")]
    [InlineData("A memo written by Tom Varga says that prices rose.", "document")]
    [InlineData("Holm's four-page letter to lawmakers said the audit was complete.", "document")]
    [InlineData("A budget office score released Wednesday found that premiums would rise.", "document")]
    [InlineData("The articles of impeachment accuse the governor of abusing his power.", "document")]
    public void The_type_follows_what_the_phrase_says_the_source_is(string text, string type)
    {
        Assert.Equal(type, OnlyTyped(text).SourceType);
    }

    [Fact]
    public void The_bureau_goes_to_the_listed_bureau_before_it()
    {
        var bureau = Saying(Read("The FBI said Monday that it had arrested a suspect.", "The judge had presided over the suspect's divorce case.",
            "The bureau said the suspect kept a cache of weapons at home."), "The bureau");
        Assert.Equal(("FBI", "official"), (bureau.SourceCanonical, bureau.SourceType));
    }
}
