using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// "People" as the head of a source, with nothing that places them inside a body or an event, is the public (round 26:
/// readers of real news typed such sources citizen five times in six). A share of people ("some people", typed unknown
/// by a reader) and unnamed insiders ("people familiar with the talks", "people in the ministry") are not, and "people"
/// inside another source's description types nothing. The sentences are invented.
/// </summary>
public class PeopleAtLargeTests
{
    [Theory]
    [InlineData("People seem to think that the crisis has gone away.", "People")]
    [InlineData("Protests have spread to three continents as people from Lisbon to Osaka demand justice.", "people from Lisbon to Osaka")]
    [InlineData("The court ruled that the Harbor people reject the new port rules.", "the Harbor people")]
    public void People_at_large_are_citizens(string text, string source) => Assert.Equal("citizen", TypeOfSource(text, source));

    [Theory]
    [InlineData("People familiar with the talks said the deal was close.", "People familiar with the talks")]
    [InlineData("Some people in the ministry said the plan was dead.", "Some people in the ministry")]
    [InlineData("Some people have expressed concern that the plan rewards the rich.", "Some people")]
    [InlineData("Many people say the plan rewards the rich.", "Many people")]
    public void People_placed_inside_a_body_or_event_or_counted_as_a_share_are_not_the_public(string text, string source) => Assert.NotEqual("citizen", TypeOfSource(text, source));

    [Fact]
    public void People_in_a_description_type_nothing() =>
        Assert.Equal("business", TypeOfSource("The company employs 300 people, its chief executive said.", "its chief executive"));

    [Theory]
    [InlineData("At a crowded bar in downtown Columbus, Ohio, Angela Whitfield, 39, a hospital administrator, said neither candidate had closed the deal.", "Angela Whitfield, 39, a hospital administrator")]
    [InlineData("In Des Moines, Iowa, Mary Tolland, 45, a teacher, said she was still undecided.", "Mary Tolland, 45, a teacher")]
    public void The_person_named_after_a_city_and_state_is_the_source_not_the_state(string text, string source) =>
        Assert.Equal("citizen", TypeOfSource(text, source));
}
