using FramingAnalyzer.Charts;

namespace FramingAnalyzer.Tests.Charts;

public class ChartWarmUpTests
{
    [Fact]
    public async Task Warming_up_leaves_the_charts_a_run_draws_byte_for_byte_the_same()
    {
        var chart = new MetricBarChart(SyntheticOutlets.Summaries(5, "words_share"), MetricLabel.FromName("words_share", "share"));
        string folder = ChartPreviews.Folder();
        var before = ChartSaver.Save(chart, Path.Combine(folder, "warm_before"));

        // Drawn while the warm-up draws its own charts, and after it: the SVG renderer's process-wide clip-path counter
        // has moved on, but ids are renumbered per file and SVGs are drawn one at a time.
        var warmUp = ChartWarmUp.Start();
        var during = ChartSaver.Save(chart, Path.Combine(folder, "warm_during"));
        await warmUp;
        var after = ChartSaver.Save(chart, Path.Combine(folder, "warm_after"));

        foreach (var other in new[] { during, after })
        {
            Assert.Equal(File.ReadAllBytes(before.PngPath), File.ReadAllBytes(other.PngPath));
            Assert.Equal(File.ReadAllText(before.SvgPath), File.ReadAllText(other.SvgPath));
        }
        Assert.True(warmUp.IsCompletedSuccessfully);
    }
}
