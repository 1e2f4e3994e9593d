using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A report, analysis or story of a news outlet is the outlet's reporting, typed media as "CNN reported" is; a poll or
/// survey stays a document, and so does a report of any other body (issue 13). The outlets are in the shipped actor
/// lexicon; the sentences are written here.
/// </summary>
public class NewsOutletReportTypingTests
{
    [Theory]
    [InlineData("A New York Times report said the campaign had paid the firm in cash.", "A New York Times report")]
    [InlineData("The Post's analysis found that the plan would cost more.", "The Post's analysis")]
    [InlineData("A report in The New York Times said the meeting was secret.", "A report in The New York Times")]
    [InlineData("An analysis by Fox News found the numbers had been revised.", "An analysis by Fox News")]
    public void A_news_outlets_report_is_media(string text, string source) => Assert.Equal("media", TypeOfSource(text, source));

    [Theory]
    [InlineData("The mayor was told not to speak about the outbreak, according to a report Thursday in The New York Times.", "a report")]
    [InlineData("The deal had stalled for weeks, according to an analysis Tuesday by CNN.", "an analysis")]
    public void A_report_whose_outlet_follows_the_source_phrase_is_media(string text, string source) => Assert.Equal("media", TypeOfSource(text, source));

    [Theory]
    [InlineData("The river is cleaner, according to a report Monday by the Harbour Trust.", "a report")]
    [InlineData("Older drivers were less likely to crash, according to the report in the Eastmoor Journal of Road Safety.", "the report")]
    public void A_report_of_another_body_or_a_journal_after_the_source_phrase_stays_a_document(string text, string source) =>
        Assert.Equal("document", TypeOfSource(text, source));

    [Theory]
    [InlineData("A CNN poll found the race tied.", "A CNN poll")]
    [InlineData("A report from the American Lung Association found the air had improved.", "A report from the American Lung Association")]
    [InlineData("The report said the agency had lost track of the funds.", "The report")]
    public void Polls_and_other_bodies_reports_stay_documents(string text, string source) => Assert.Equal("document", TypeOfSource(text, source));

    [Theory]
    [InlineData("Last month, the venerable Harbor Science magazine announced that it would endorse the challenger.", "the venerable Harbor Science magazine", "media")]
    [InlineData("The state is seeking damages from the carmaker, Vellmoor Allgemeine Zeitung said on Saturday.", "Vellmoor Allgemeine Zeitung", "media")]
    [InlineData("Young men are six times more likely to be jailed, says the Justice Ledger Project, a research group.", "the Justice Ledger Project, a research group", "expert")]
    public void Magazines_papers_and_research_groups_by_their_head_word(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));
}
