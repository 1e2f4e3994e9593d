using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Tests.Trends;

public sealed class FamilyTrendsTests
{
    private static TermOccurrence Label(string choice) => new(choice, "", "armed_opponents", choice, InQuote: false);

    private static int Day(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).DayNumber;

    [Fact]
    public void Choices_are_counted_per_outlet_and_week_with_their_share_of_the_family()
    {
        var timeline = new FamilyTimeline();
        timeline.Add("A", Day("2026-03-02"), [Label("rebels"), Label("rebels"), Label("terrorists")]);
        timeline.Add("A", Day("2026-03-05"), [Label("rebels"), new TermOccurrence("regime", "partisan", "", "", false)]); // not a family label
        timeline.Add("A", Day("2026-03-10"), [Label("terrorists")]);
        var rows = FamilyTrends.Compute(timeline, TrendPeriod.Week);
        Assert.Equal(
            [("2026-03-02", "rebels", 3L, 4L), ("2026-03-02", "terrorists", 1L, 4L), ("2026-03-09", "terrorists", 1L, 1L)],
            rows.Select(r => (r.Period, r.Choice, r.Count, r.FamilyTotal)));
        Assert.Equal(0.75, rows[0].Share, 9);
        var (low, high) = rows[0].Wilson();
        Assert.True(low < 0.75 && 0.75 < high && low >= 0 && high <= 1);
    }

    [Fact]
    public void Merged_timelines_equal_one_built_from_all_articles()
    {
        var whole = new FamilyTimeline();
        var first = new FamilyTimeline();
        var second = new FamilyTimeline();
        whole.Add("A", 10, [Label("rebels")]);
        whole.Add("A", 10, [Label("rebels"), Label("militants")]);
        first.Add("A", 10, [Label("rebels")]);
        second.Add("A", 10, [Label("rebels"), Label("militants")]);
        first.Merge(second);
        Assert.Equal(whole.Counts, first.Counts);
    }
}
