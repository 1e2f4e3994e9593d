using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A group named by what it is for or against ("Critics of the administration's housing policy", "Supporters of Rep.
/// Dana Whitfield (D-Ore.)") is not typed by the body, person, role word or party tag it is for or against (issue 13).
/// The sentences are written here; the people are invented.
/// </summary>
public class StanceGroupTypingTests
{
    [Fact]
    public void Supporters_of_a_legislator_are_members_of_the_public_not_legislators() =>
        Assert.Equal("citizen", TypeOfSource("Supporters of Rep. Dana Whitfield (D-Ore.) said the vote was a betrayal.", "Supporters of Rep. Dana Whitfield (D-Ore.)"));

    [Theory]
    [InlineData("Critics of the administration's housing policy said the cuts would raise rents.", "Critics of the administration's housing policy")]
    [InlineData("Critics of the Ministry of Transport said the tender was rigged.", "Critics of the Ministry of Transport")]
    public void Critics_of_a_government_body_are_not_officials(string text, string source) =>
        Assert.NotEqual("official", TypeOfSource(text, source));
}
