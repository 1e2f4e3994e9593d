using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Tests.Cli;

/// <summary><c>framing chart trends.csv --metric</c> and <c>trend_families.csv --family</c> redraw the trend charts from an analyze run's tables.</summary>
public sealed class TrendChartCommandTests
{
    [Fact]
    public void Trend_charts_are_made_from_the_tables_and_a_missing_family_or_metric_is_a_usage_error()
    {
        var dir = Directory.CreateTempSubdirectory("trend-charts").FullName;
        try
        {
            var run = Path.Combine(dir, "run");
            Assert.Equal(0, CliRun.Of("analyze", ToolData.SampleCorpus, "--out", run, "--no-charts").ExitCode);
            var trends = Path.Combine(run, "trends.csv");
            var families = Path.Combine(run, "trend_families.csv");
            var metric = CliRun.Of("chart", trends, "--metric", "loaded_per_1k_words", "--out", Path.Combine(dir, "loaded.png"));
            Assert.True(metric.ExitCode == 0, metric.Error);
            Assert.True(new FileInfo(Path.Combine(dir, "loaded.png")).Length > 1000);
            var family = CliRun.Of("chart", families, "--family", "armed_opponents", "--choice", "terrorists", "--out", Path.Combine(dir, "labels.svg"));
            Assert.True(family.ExitCode == 0, family.Error);
            Assert.Contains("terrorists", File.ReadAllText(Path.Combine(dir, "labels.svg")));
            Assert.Equal(2, CliRun.Of("chart", families, "--family", "no_such_family", "--out", Path.Combine(dir, "x.png")).ExitCode);
            Assert.Equal(2, CliRun.Of("chart", trends, "--out", Path.Combine(dir, "x.png")).ExitCode); // no --metric
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
