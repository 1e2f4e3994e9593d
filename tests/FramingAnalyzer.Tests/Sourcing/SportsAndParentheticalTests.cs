using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Role words of sport and entertainment, which readers of real news type as members of the public (round 26: "pace
/// bowler", "Queer Eye star", "the tennis champion"), a "rising star" of a party who stays political, a clinic as an
/// expert body, and a description in parentheses after "according to" read as the source's apposition. The sentences
/// and people are invented.
/// </summary>
public class SportsAndParentheticalTests
{
    [Theory]
    [InlineData("England will consider a joint protest, pace bowler Tom Anders has said.", "pace bowler Tom Anders")]
    [InlineData("Reality TV star Ada Varo has called on fans to remember the roots of the movement.", "Reality TV star Ada Varo")]
    [InlineData("Fans hit back at Maria Lorne, after the tennis champion said the rule was unfair.", "the tennis champion")]
    [InlineData("The golfer Ivo Marden said the course was too short.", "The golfer Ivo Marden")]
    public void Athletes_and_entertainers_are_citizens(string text, string source) => Assert.Equal("citizen", TypeOfSource(text, source));

    [Fact]
    public void A_rising_star_of_a_party_stays_political() =>
        Assert.Equal("political", TypeOfSource("Ada Varo, a rising star in the party, said the bill was dead.", "Ada Varo, a rising star in the party"));

    [Fact]
    public void Study_authors_are_experts_not_the_study() =>
        Assert.Equal("expert", TypeOfSource("Arrests could harm the mental health of families, the study authors write.", "the study authors"));

    [Fact]
    public void A_clinic_is_an_expert_body() =>
        Assert.Equal("expert", TypeOfSource("Ivo Marden of the Harbor Clinic said people over 65 should get the high-dose vaccine.", "Ivo Marden of the Harbor Clinic"));

    [Theory]
    [InlineData("According to Dana Lorne (a political science professor at Harbor University and a pollster), support has grown.")]
    [InlineData("Support has grown, according to Dana Lorne (a political science professor at Harbor University).")]
    public void A_description_in_parentheses_after_according_to_types_the_source(string text)
    {
        var read = Read(text);
        var source = Assert.Single(read.Attributions);
        Assert.Equal("expert", source.SourceType);
    }

    [Fact]
    public void A_party_tag_in_parentheses_is_no_description() =>
        Assert.Equal("political", Assert.Single(Read("According to Dana Lorne (D-Ohio), support has grown.").Attributions).SourceType);
}
