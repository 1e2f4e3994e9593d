using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Tests.Stories;

public sealed class StoryTermsTests
{
    [Theory]
    [InlineData("Shells hit Tesk's market", "shell hit tesk market")]
    [InlineData("23 killed as UN envoy arrives", "23 killed as un envoy arrive")]
    [InlineData("A U.S. drone", "drone")] // single letters are not terms
    [InlineData("Cease-fire talks; the class's news", "cease-fire talk the class news")]
    [InlineData("Tesk’s mayor: ‘no comment’", "tesk mayor no comment")]
    public void Terms_are_lower_case_words_with_plural_and_possessive_endings_dropped(string text, string expected)
    {
        var terms = new List<string>();
        StoryTerms.Collect(text, terms);
        Assert.Equal(expected, string.Join(' ', terms));
    }

    [Theory]
    [InlineData("2026-03-04", "2026-03-04")]
    [InlineData("2026-03-04T23:10:00Z", "2026-03-04")]
    [InlineData("2026-03-04 08:00:00", "2026-03-04")]
    [InlineData("4 March 2026", "2026-03-04")]
    public void Dates_become_days(string date, string day) => Assert.Equal(day, StoryDates.Format(StoryDates.DayOf(date)!.Value));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    public void Unreadable_dates_have_no_day(string date) => Assert.Null(StoryDates.DayOf(date));
}
