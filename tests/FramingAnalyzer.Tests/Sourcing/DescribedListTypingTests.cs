using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A description before a list of names describes each of them ("two voters, Tyresha Quarles and Bryan Torvald, saw ...");
/// a source later named by one surname of the list takes that description (issue 13, the fullest mention of the same
/// entity). People are invented.
/// </summary>
public class DescribedListTypingTests
{
    [Theory]
    [InlineData("Two voters, Tyresha Quarles and Bryan Torvald, saw the running mate speak at a rally. Torvald said the outreach was phony.", "Torvald", "citizen")]
    [InlineData("Two voters, Tyresha Quarles and Bryan Torvald, saw the running mate speak at a rally. Quarles said the outreach was phony.", "Quarles", "citizen")]
    [InlineData("Two senators, Ada Lind and Tom Avery, met the governor on Monday. Avery said the bill would pass.", "Avery", "political")]
    public void Each_listed_name_takes_the_description(string text, string source, string type) => Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void A_list_without_a_description_gives_no_type()
    {
        const string text = "Tyresha Quarles and Bryan Torvald saw the running mate speak at a rally. Torvald said the outreach was phony.";
        Assert.Equal("unknown", TypeOfSource(text, "Torvald"));
    }
}
