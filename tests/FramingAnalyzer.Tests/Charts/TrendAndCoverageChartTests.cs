using FramingAnalyzer.Charts;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Tests.Charts;

/// <summary>The trend and coverage charts render at their size, with many outlets and periods too; previews are kept for a person to look at.</summary>
public sealed class TrendAndCoverageChartTests
{
    private static List<TrendRow> Rows(int outlets, int periods)
    {
        var rows = new List<TrendRow>();
        for (int o = 0; o < outlets; o++)
        {
            for (int p = 0; p < periods; p++)
            {
                double mean = 0.2 + 0.04 * o + 0.02 * Math.Sin(p + o);
                long articles = (p + o) % 6 == 0 ? 3 : 40;
                rows.Add(new TrendRow($"Outlet {(char)('A' + o)}", $"2026-{1 + p:D2}", "anonymous_share", articles, mean, mean - 0.03, mean + 0.03));
            }
        }
        return rows;
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(12, 12)]
    public void A_trend_chart_renders(int outlets, int periods)
    {
        var chart = new TrendChart(Rows(outlets, periods), MetricLabel.FromName("anonymous_share", "share of attributions"), "month");
        Assert.Equal("Anonymous share by month", chart.Title);
        ChartPreviews.SaveAndCheck(chart, ChartPreviews.Folder(), $"trend-{outlets}x{periods}");
    }

    [Fact]
    public void A_trend_chart_without_the_metric_says_so() =>
        ChartPreviews.SaveAndCheck(new TrendChart(Rows(3, 3), MetricLabel.FromName("loaded_per_1k_words")), ChartPreviews.Folder(), "trend-nodata");

    [Fact]
    public void A_coverage_chart_renders()
    {
        var flood = new CoveredStory("flood", [new("A", 2), new("B", 1)]);
        var rows = new[]
        {
            new OutletCoverage("A", 12, 12, []),
            new OutletCoverage("B", 12, 9, [flood]),
            new OutletCoverage("C", 12, 5, [flood, flood, flood]),
        };
        ChartPreviews.SaveAndCheck(new CoverageChart(rows), ChartPreviews.Folder(), "coverage");
    }
}
