using FramingAnalyzer.Model;
using FramingAnalyzer.Input;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Tests.Pipeline;

/// <summary>The explanation of a run with nothing to analyse, input by input.</summary>
public sealed class NothingToAnalyseExplanationTests
{
    private static List<string> Explain(ReaderOptions options, params string[] inputs)
    {
        var summaries = inputs.Select(i => new InputSummary(i)).ToArray();
        var counts = new RunCounts();
        foreach (var item in InputSummary.Read(summaries, options))
        {
            if (item.Problem is { } problem) counts.Skip(problem);
        }
        return [.. new NothingToAnalyseException(summaries, counts).Explain()];
    }

    [Fact]
    public void Empty_standard_input_is_named_as_such()
    {
        var lines = Explain(new ReaderOptions { Stdin = () => new StringReader("") }, "-");

        Assert.Equal(["standard input (-): nothing to read: it is empty."], lines);
    }

    [Fact]
    public void An_input_with_one_problem_is_that_problems_line()
    {
        var missing = Path.Combine(Path.GetTempPath(), "framing-no-such-" + Guid.NewGuid().ToString("N"));

        var lines = Explain(new ReaderOptions(), missing);

        Assert.Equal([$"{missing}: There is no file or folder '{missing}'. (not_found)"], lines);
    }

    [Fact]
    public void Inputs_are_explained_in_the_order_given()
    {
        var first = Path.Combine(Path.GetTempPath(), "framing-a-" + Guid.NewGuid().ToString("N"));
        var lines = Explain(new ReaderOptions { Stdin = () => new StringReader("{\"content\":\"x\"}\n") }, first, "-");

        Assert.Equal(2, lines.Count);
        Assert.StartsWith(first + ": ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("stdin:1: The article names no outlet", lines[1], StringComparison.Ordinal);
    }
}
