using FramingAnalyzer.Model;
using FramingAnalyzer.Tests.Cli;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Text;

/// <summary>
/// Lede and body sentences of fewer than five words are fragments: too short for the loaded classifier (one word
/// decides), so they are not scored; headlines are scored whatever their length.
/// </summary>
public sealed class FragmentTests
{
    [Theory]
    [InlineData("Others were less sure.", true)]
    [InlineData("No wonder.", true)]
    [InlineData("The mood was calm.", true)]
    [InlineData("Nobody was hurt, he said.", false)] // five words
    [InlineData("Seventy-two hours is not long.", false)]
    public void A_body_sentence_of_fewer_than_five_words_is_a_fragment(string line, bool expected)
    {
        var document = TextKit.Build($"The army said the road was open on Monday.\n\nResidents said the shelling went on all night. {line}", title: "Talks open in the capital");
        var sentence = document.Sentences.Single(s => document.Slice(s.Span).Trim() == line);
        Assert.Equal(ParagraphRole.Body, sentence.Role);
        Assert.Equal(expected, Fragment.Is(sentence));
    }

    [Fact]
    public void A_short_headline_is_not_a_fragment()
    {
        var document = TextKit.Build("The army said the road was open on Monday.\n\nResidents said the shelling went on all night.", title: "GUNS FALL SILENT");
        var headline = document.Sentences.First();
        Assert.Equal(ParagraphRole.Headline, headline.Role);
        Assert.False(Fragment.Is(headline));
    }

    [Fact]
    public void A_fragment_has_no_probability_and_inspect_says_why()
    {
        using var corpus = new FramingAnalyzer.Tests.Input.TempCorpus("fragments");
        var file = corpus.Write("Wire/one.txt", "Town counts the cost after the storm\n\nThe storm passed over the town on Monday night, the weather service said.\n\n" +
            "Volunteers handed out food. The mood was calm. Council staff began clearing the main road on Tuesday morning.\n");
        var output = Path.Combine(corpus.Parent, "out");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", output, "--no-charts").ExitCode);
        var rows = File.ReadAllLines(Path.Combine(output, "sentences.csv"));
        var header = rows[0].Split(',');
        foreach (var text in new[] { "Volunteers handed out food.", "The mood was calm." })
        {
            var line = rows.Single(r => r.Contains(text, StringComparison.Ordinal)).Split(',');
            Assert.Equal(("false", ""), (line[Array.IndexOf(header, "scored")], line[Array.IndexOf(header, "loaded_probability")]));
        }
        var longer = rows.Single(r => r.Contains("Council staff began", StringComparison.Ordinal)).Split(',');
        Assert.Equal("true", longer[Array.IndexOf(header, "scored")]);

        var inspect = CliRun.Of("inspect", file);
        var lines = inspect.Output.Split('\n');
        int fragment = Array.FindIndex(lines, l => l.Contains("The mood was calm.", StringComparison.Ordinal));
        Assert.Contains("not scored (fragment: fewer than 5 words)", lines[fragment + 1]);
    }
}
