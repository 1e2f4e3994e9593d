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

/// <summary>Through a whole run: a subheading has no probability and no sentence function, and is left out of the shares.</summary>
public sealed class SubheadingRunTests
{
    [Fact]
    public void A_subheading_is_neither_scored_nor_given_a_function()
    {
        using var corpus = new FramingAnalyzer.Tests.Input.TempCorpus("subheadings");
        corpus.Write("Wire/one.txt", "Talks resume in Geneva\n\nNegotiators met again on Monday, officials said.\n\nWhat we know so far\n\n" +
            "The talks are the third round this year.\n");
        var output = Path.Combine(corpus.Parent, "out");
        Assert.Equal(0, FramingAnalyzer.Tests.Cli.CliRun.Of("analyze", corpus.Root, "--out", output, "--no-charts").ExitCode);
        var rows = File.ReadAllLines(Path.Combine(output, "sentences.csv"));
        var header = rows[0].Split(',');
        var line = rows.Single(r => r.Contains("What we know so far", StringComparison.Ordinal)).Split(',');
        Assert.Equal("false", line[Array.IndexOf(header, "scored")]);
        Assert.Equal("", line[Array.IndexOf(header, "sentence_function")]);
        Assert.Equal("", line[Array.IndexOf(header, "loaded_probability")]);
    }
}
