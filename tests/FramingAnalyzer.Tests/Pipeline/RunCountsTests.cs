using FramingAnalyzer.Model;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Tests.Pipeline;

public sealed class RunCountsTests
{
    private static RunCounts SkippedFor(params string[] reasons)
    {
        var counts = new RunCounts();
        for (int i = 0; i < reasons.Length; i++) counts.Skip(new InputProblem($"f{i}.txt", reasons[i], "why"));
        return counts;
    }

    [Fact]
    public void Skips_are_counted_by_reason_and_the_first_few_are_kept_in_order()
    {
        var counts = SkippedFor("empty", "binary", "empty", "no_text", "empty", "binary", "too_large");

        Assert.Equal(7, counts.Skipped);
        Assert.Equal(3, counts.SkipReasons["empty"]);
        Assert.Equal(["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt"], counts.FirstSkips.Select(p => p.Origin));
    }

    [Theory]
    [InlineData(new[] { "empty", "binary", "empty" }, 3, "empty 2, binary 1")]
    [InlineData(new[] { "not_found", "no_text", "binary", "empty" }, 3, "binary 1, empty 1, no_text 1")] // ties by name
    [InlineData(new[] { "b", "a", "b", "c", "c", "c" }, 2, "c 3, b 2")]
    [InlineData(new string[0], 3, "")]
    public void Common_skip_reasons_are_most_frequent_first_then_by_name(string[] reasons, int top, string expected)
    {
        var common = SkippedFor(reasons).CommonSkipReasons(top);

        Assert.Equal(expected, string.Join(", ", common.Select(r => $"{r.Reason} {r.Count}")));
    }
}
