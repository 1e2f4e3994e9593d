namespace FramingAnalyzer.Tests.Cli;

/// <summary>Sharded runs merged, and streamed score lines aggregated, equal one run over everything.</summary>
public sealed class ScaleOutTests
{
    private static readonly string[] Tables =
    [
        "articles.csv", "sentences.csv", "attributions.csv", "terms.csv", "outlets.csv", "comparisons.csv", "story_matched.csv",
        "source_types.csv", "verb_stances.csv", "affiliations.csv", "term_families.csv", "loaded_categories.csv", "skipped.csv",
        "coverage.csv", "coverage_outlets.csv", "trends.csv", "trend_families.csv",
    ];

    [Fact]
    public void Merging_three_shards_is_byte_identical_to_a_single_run()
    {
        using var corpus = SmallCorpus.Create();
        corpus.Write("Plain Wire/broken.json", "{ not json");
        var single = Path.Combine(corpus.Parent, "single");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", single, "--no-charts").ExitCode);
        var parts = Enumerable.Range(0, 3).Select(k => Path.Combine(corpus.Parent, $"part{k}")).ToArray();
        for (int k = 0; k < 3; k++) Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--shard", $"{k}/3", "--out", parts[k], "--no-charts").ExitCode);
        var merged = Path.Combine(corpus.Parent, "merged");
        var merge = CliRun.Of(["merge", .. parts, "--out", merged, "--no-charts"]);
        Assert.Equal(0, merge.ExitCode);
        foreach (var table in Tables) AssertSameBytes(Path.Combine(single, table), Path.Combine(merged, table));
    }

    [Fact]
    public void Aggregating_score_lines_equals_the_single_run_tables()
    {
        using var corpus = SmallCorpus.Create();
        var single = Path.Combine(corpus.Parent, "single");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", single, "--no-charts").ExitCode);
        var score = CliRun.Of("score", corpus.Root);
        Assert.Equal(0, score.ExitCode);
        Assert.Equal(5, score.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var lines = Path.Combine(corpus.Parent, "scores.jsonl");
        File.WriteAllText(lines, score.Output);
        var aggregated = Path.Combine(corpus.Parent, "aggregated");
        Assert.Equal(0, CliRun.Of("aggregate", lines, "--out", aggregated, "--no-charts").ExitCode);
        foreach (var table in new[] { "articles.csv", "terms.csv", "outlets.csv", "comparisons.csv", "story_matched.csv", "term_families.csv", "loaded_categories.csv", "skipped.csv",
                     "coverage.csv", "coverage_outlets.csv", "trends.csv", "trend_families.csv" })
        {
            AssertSameBytes(Path.Combine(single, table), Path.Combine(aggregated, table));
        }
    }

    private static void AssertSameBytes(string expected, string actual) =>
        Assert.True(File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(actual)), $"{Path.GetFileName(actual)} differs from the single run");
}
