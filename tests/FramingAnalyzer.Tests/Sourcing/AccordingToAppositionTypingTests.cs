using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Issue 13: an apposition after an "according to" source that the source span does not take ("according to Jane Roe,
/// director of the Harbor Policy Center, ...") still types the source, and the span stays the name. The sentences are
/// written here; the people and bodies are invented.
/// </summary>
public class AccordingToAppositionTypingTests
{
    [Theory]
    [InlineData("According to Jane Roe, director of the Harbor Policy Center, the budget would cut school spending.", "Jane Roe", "expert")]
    [InlineData("The budget would cut school spending, according to Jane Roe, director of the Harbor Policy Center.", "Jane Roe", "expert")]
    [InlineData("The budget would cut school spending, according to Jane Roe, director of the Harbor Policy Center, who studied it.", "Jane Roe", "expert")]
    [InlineData("According to Mark Dunn, a professor at Linden University, the budget would cut school spending.", "Mark Dunn, a professor at Linden University", "expert")]
    public void An_apposition_after_an_according_to_source_types_it_and_the_span_stays_the_name(string text, string source, string type)
    {
        var found = OnlyTyped(text);
        Assert.Equal(source, text[found.Source.Start..found.Source.End]);
        Assert.Equal(type, found.SourceType);
        Assert.Equal("apposition", found.TypeEvidence);
    }

    [Fact]
    public void A_leading_according_to_without_a_closed_apposition_reads_nothing_after_the_name()
    {
        var found = OnlyTyped("According to Jane Roe, teachers would lose their jobs.");
        Assert.Equal("Jane Roe", "According to Jane Roe, teachers would lose their jobs."[found.Source.Start..found.Source.End]);
        Assert.NotEqual("citizen", found.SourceType);
    }
}
