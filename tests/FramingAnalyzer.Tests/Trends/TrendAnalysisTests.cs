using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Tests.Trends;

public sealed class TrendAnalysisTests
{
    [Theory]
    [InlineData("2026-03-02", TrendPeriod.Week, "2026-03-02")] // a Monday
    [InlineData("2026-03-04", TrendPeriod.Week, "2026-03-02")]
    [InlineData("2026-03-08", TrendPeriod.Week, "2026-03-02")] // Sunday ends the ISO week
    [InlineData("2026-03-09", TrendPeriod.Week, "2026-03-09")]
    [InlineData("2026-03-31", TrendPeriod.Month, "2026-03")]
    [InlineData("2026-01-01", TrendPeriod.Week, "2025-12-29")]
    public void A_day_falls_in_the_week_starting_monday_or_in_its_month(string date, TrendPeriod period, string expected)
    {
        int day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).DayNumber;
        Assert.Equal(expected, TrendPeriods.Name(TrendPeriods.StartOf(day, period), period));
    }

    [Theory]
    [InlineData(0, TrendPeriod.Week)]
    [InlineData(183, TrendPeriod.Week)]
    [InlineData(184, TrendPeriod.Month)]
    public void Corpora_up_to_half_a_year_are_grouped_by_week(int spanDays, TrendPeriod expected) =>
        Assert.Equal(expected, TrendPeriods.DefaultFor(1000, 1000 + spanDays));

    [Fact]
    public void Means_per_outlet_and_week_with_an_interval_around_them_and_undated_articles_left_out()
    {
        var dir = Directory.CreateTempSubdirectory("trends").FullName;
        try
        {
            var path = Path.Combine(dir, "articles.csv");
            var lines = new List<string> { "article_id,outlet,story,story_source,date,title,path,loaded,words" };
            for (int i = 0; i < 10; i++) lines.Add($"a{i},A,,,2026-03-0{2 + i % 5},t,p,{i},100"); // week of 2026-03-02: mean 4.5
            for (int i = 0; i < 4; i++) lines.Add($"b{i},A,,,2026-03-1{i},t,p,{10 + i},100");   // week of 2026-03-09: mean 11.5
            lines.Add("c0,B,,,2026-03-03,t,p,,100");      // no value for loaded
            lines.Add("c1,B,,,,t,p,7,100");               // no date
            File.WriteAllLines(path, lines);
            var (rows, period) = TrendAnalysis.Compute(path, ["loaded", "words"], seed: 1);
            Assert.Equal(TrendPeriod.Week, period);
            var loaded = rows.Where(r => r.Metric == "loaded").ToList();
            Assert.Equal([("A", "2026-03-02", 10L), ("A", "2026-03-09", 4L)], loaded.Select(r => (r.Outlet, r.Period, r.Articles)));
            Assert.Equal(4.5, loaded[0].Mean, 9);
            Assert.Equal(11.5, loaded[1].Mean, 9);
            Assert.All(loaded, r => Assert.True(r.CiLow < r.Mean && r.Mean < r.CiHigh, $"{r.CiLow} < {r.Mean} < {r.CiHigh}"));
            Assert.Single(rows, r => r.Outlet == "B"); // B's dated article has words only
            var monthly = TrendAnalysis.Compute(path, ["loaded"], seed: 1, TrendPeriod.Month).Rows;
            Assert.Equal(14, monthly.Single(r => r.Outlet == "A").Articles);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_table_without_dates_has_no_trends()
    {
        var dir = Directory.CreateTempSubdirectory("trends").FullName;
        try
        {
            var path = Path.Combine(dir, "articles.csv");
            File.WriteAllLines(path, ["article_id,outlet,story,story_source,date,title,path,loaded", "a,A,,,,t,p,1"]);
            Assert.Empty(TrendAnalysis.Compute(path, ["loaded"], seed: 1).Rows);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
