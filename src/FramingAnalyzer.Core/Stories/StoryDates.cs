using System.Globalization;

namespace FramingAnalyzer.Stories;

/// <summary>An article's date as a day number for the matching window: ISO dates and times, or any invariant-culture date.</summary>
public static class StoryDates
{
    public static int? DayOf(string? date)
    {
        if (string.IsNullOrWhiteSpace(date)) return null;
        var text = date.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.DayNumber;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return DateOnly.FromDateTime(time.UtcDateTime).DayNumber;
        }
        return null;
    }

    public static string Format(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
