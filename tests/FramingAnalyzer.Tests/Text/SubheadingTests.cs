using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Text;

/// <summary>Short body lines that do not end like a statement are subheadings, which the loaded classifier does not score.</summary>
public sealed class SubheadingTests
{
    [Theory]
    [InlineData("What we know so far", true)]
    [InlineData("Who fired the shells?", true)]
    [InlineData("The hospital’s account", true)]
    [InlineData("Others were less sure.", false)] // a statement, however short
    [InlineData("Nobody was hurt!", false)]
    [InlineData("What the government calls a stabilisation operation has now lasted for more than nine weeks", false)] // too long
    public void A_one_line_paragraph_is_a_subheading_when_short_and_not_a_statement(string line, bool expected)
    {
        var document = TextKit.Build($"The army said the road was open on Monday.\n\n{line}\n\nResidents said the shelling went on all night.");
        var sentence = document.Sentences.Single(s => document.Slice(s.Span).Trim() == line);
        Assert.Equal(expected, Subheading.Is(document, sentence));
    }

    [Fact]
    public void A_short_line_inside_a_longer_paragraph_is_not_a_subheading()
    {
        var document = TextKit.Build("The army said the road was open on Monday. Why now? Officials did not say.");
        Assert.All(document.Sentences, s => Assert.False(Subheading.Is(document, s)));
    }
}
