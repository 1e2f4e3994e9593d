using System.Globalization;

namespace FramingAnalyzer.Trends;

/// <summary>The period trends group articles by: ISO weeks (named by their Monday) or calendar months.</summary>
public enum TrendPeriod
{
    Week,
    Month,
}

public static class TrendPeriods
{
    /// <summary>Corpora spanning at most this many days are grouped by week, longer ones by month.</summary>
    public const int WeeksUpToDays = 183;

    public static TrendPeriod DefaultFor(int firstDay, int lastDay) => lastDay - firstDay <= WeeksUpToDays ? TrendPeriod.Week : TrendPeriod.Month;

    /// <summary>The period a day falls in, as the day number it starts on (a Monday, or the first of the month).</summary>
    public static int StartOf(int day, TrendPeriod period)
    {
        var date = DateOnly.FromDayNumber(day);
        return period == TrendPeriod.Week
            ? day - ((int)date.DayOfWeek + 6) % 7
            : new DateOnly(date.Year, date.Month, 1).DayNumber;
    }

    /// <summary>"2026-03-02" (the week's Monday) or "2026-03".</summary>
    public static string Name(int start, TrendPeriod period) =>
        DateOnly.FromDayNumber(start).ToString(period == TrendPeriod.Week ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);

    public static string Noun(TrendPeriod period) => period == TrendPeriod.Week ? "week" : "month";
}
