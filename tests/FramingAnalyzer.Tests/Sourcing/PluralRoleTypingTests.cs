using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Role words type a group of people as they type one person: the role lexicon lists the plural of every person and
/// body role ("investors", "diplomats", "journalists", "companies"), since lexicon patterns match whole tokens and
/// "investor" does not match "investors" (issue 13).
/// </summary>
public class PluralRoleTypingTests
{
    [Theory]
    [InlineData("Several investors said the deal was overpriced.", "Several investors", "business")]
    [InlineData("Diplomats said the talks would resume.", "Diplomats", "official")]
    [InlineData("Some journalists said access to the camp was limited.", "Some journalists", "media")]
    [InlineData("Two professors said the study was flawed.", "Two professors", "expert")]
    [InlineData("Mining companies said the rules would cost jobs.", "Mining companies", "business")]
    [InlineData("Candidates said the debate rules were unfair.", "Candidates", "political")]
    public void A_plural_role_types_the_group(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

}
