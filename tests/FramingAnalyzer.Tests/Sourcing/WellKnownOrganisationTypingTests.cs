using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Well-known organisations of US, UK and international news that the shipped actor list types (corpora/lexicons/actors.csv):
/// think tanks and pollsters are experts, advocacy groups, unions and international bodies ngo_intl, party committees and
/// PACs political, government bodies official, companies and industry bodies business. Several are rows only because
/// the head word of their name would type them wrong ("... Corporation" business, "... House" political, "... Center"
/// expert, "... Campaign" political, "... Police" official, "... Association" ngo_intl). Sentences are written here.
/// </summary>
public class WellKnownOrganisationTypingTests
{
    [Theory]
    [InlineData("The RAND Corporation said the plan would raise costs for the Army.", "The RAND Corporation", "expert")]
    [InlineData("Chatham House said the sanctions had done little to change policy.", "Chatham House", "expert")]
    [InlineData("The Lancet said the paper had been retracted.", "The Lancet", "expert")] // a medical journal
    [InlineData("USA Gymnastics said the coach had been suspended.", "USA Gymnastics", "ngo_intl")] // a sports federation
    [InlineData("The Southern Poverty Law Center said the number of hate groups had grown.", "The Southern Poverty Law Center", "ngo_intl")]
    [InlineData("The Human Rights Campaign said the bill would harm transgender students.", "The Human Rights Campaign", "ngo_intl")]
    [InlineData("The Fraternal Order of Police said officers would not support the measure.", "The Fraternal Order of Police", "ngo_intl")]
    [InlineData("The National Association of Manufacturers said the tariffs would cost jobs.", "The National Association of Manufacturers", "business")]
    public void An_organisation_whose_head_word_misleads_takes_its_listed_type(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("The economist said the tax would cost jobs.", "The economist", "expert")]
    [InlineData("The Economist said the tax would cost jobs.", "The Economist", "media")]
    [InlineData("A guardian of the children said the home had been cold.", "A guardian of the children", "citizen")]
    public void A_listed_name_written_in_lower_case_is_the_common_words_it_is_made_of(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("The Heritage Foundation said the plan would raise deficits.", "The Heritage Foundation", "expert")]
    [InlineData("Quinnipiac said the race had tightened since the convention.", "Quinnipiac", "expert")]
    [InlineData("The DCCC said the ad was misleading.", "The DCCC", "political")]
    [InlineData("The Club for Growth said it would spend heavily against the senator.", "The Club for Growth", "political")]
    [InlineData("The CBO said the bill would add to the deficit.", "The CBO", "official")]
    [InlineData("The Home Office said the rules would be reviewed.", "The Home Office", "official")]
    [InlineData("ExxonMobil said it would appeal the ruling.", "ExxonMobil", "business")]
    [InlineData("The OECD said growth would slow next year.", "The OECD", "ngo_intl")]
    [InlineData("Media Matters said the host had repeated the claim.", "Media Matters", "media")]
    [InlineData("Zero Hedge reported that the bank had quietly cut its forecast.", "Zero Hedge", "media")]
    [InlineData("TMZ reported that the singer had left the tour.", "TMZ", "media")]
    public void Well_known_organisations_are_typed(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void The_sides_of_listed_government_bodies_are_their_countries()
    {
        Assert.Equal("united_states", OnlyTyped("The Justice Department said the inquiry was continuing.").Affiliation);
        Assert.Equal("united_kingdom", OnlyTyped("The Home Office said the rules would be reviewed.").Affiliation);
    }

    /// <summary>
    /// "guardian" is an ordinary word, so the list has "the guardian" for the newspaper but not "guardian": a child's
    /// guardian is not an outlet. (Adding a row "guardian,The Guardian,media,media" makes this fail.)
    /// </summary>
    [Fact]
    public void An_ordinary_word_that_also_names_an_outlet_does_not_type_a_speaker_as_media() =>
        Assert.NotEqual("media", TypeOfSource("The boy's legal guardian said the school had ignored the warnings.", "The boy's legal guardian"));
}
