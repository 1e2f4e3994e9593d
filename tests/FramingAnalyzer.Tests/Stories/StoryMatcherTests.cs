using FramingAnalyzer.Model;
using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Tests.Stories;

/// <summary>The rules of story matching on small hand-written cases.</summary>
public sealed class StoryMatcherTests
{
    private static ReadItem Item(string id, string outlet, string? date, string title, string lede) =>
        ReadItem.Of(new Article { Id = id, Outlet = outlet, Date = date, Title = title, Body = lede + "\n\nMore text follows here.", Origin = id });

    private static StoryTable Match(params ReadItem[] items) => new StoryMatcher(LabelledStories.Encoder).Match(items);

    private static readonly ReadItem[] Background =
    [
        Item("bg1", "Wire", "2026-05-01", "Parliament debates pension reform bill", "Lawmakers began debating the pension reform bill on Friday."),
        Item("bg2", "Radio", "2026-05-01", "Orchestra opens summer festival in Valmo", "The city orchestra opened the Valmo summer festival with a free concert."),
        Item("bg3", "Post", "2026-05-02", "Wheat harvest expected to be smaller this year", "Farmers expect a smaller wheat harvest after a dry spring, the agriculture board said."),
    ];

    [Fact]
    public void Two_outlets_reporting_one_event_in_other_words_share_a_story()
    {
        var table = Match([.. Background,
            Item("a", "Wire", "2026-05-03", "Ferry Nordlys runs aground off Skerry Point", "The ferry Nordlys ran aground off Skerry Point with 210 passengers on board."),
            Item("b", "Post", "2026-05-03", "Panic as Nordlys hits rocks at Skerry Point", "Terrified passengers of the Nordlys put on life jackets after it struck rocks near Skerry Point.")]);
        Assert.Equal(table.StoryOf("a"), table.StoryOf("b"));
        Assert.NotEqual(table.StoryOf("a"), table.StoryOf("bg1"));
    }

    [Fact]
    public void The_same_words_outside_the_date_window_are_another_story()
    {
        var table = Match([.. Background,
            Item("a", "Wire", "2026-05-03", "Ferry Nordlys runs aground off Skerry Point", "The ferry Nordlys ran aground off Skerry Point with 210 passengers on board."),
            Item("b", "Post", "2026-05-09", "Ferry Nordlys runs aground off Skerry Point", "The ferry Nordlys ran aground off Skerry Point with 210 passengers on board.")]);
        Assert.NotEqual(table.StoryOf("a"), table.StoryOf("b"));
    }

    [Fact]
    public void Without_any_dates_stories_are_matched_on_words_alone()
    {
        var table = Match(
            Item("bg1", "Wire", null, "Parliament debates pension reform bill", "Lawmakers began debating the pension reform bill."),
            Item("bg2", "Radio", null, "Orchestra opens summer festival in Valmo", "The city orchestra opened the Valmo summer festival."),
            Item("a", "Wire", null, "Ferry Nordlys runs aground off Skerry Point", "The ferry Nordlys ran aground off Skerry Point with 210 passengers on board."),
            Item("b", "Post", null, "Panic as Nordlys hits rocks at Skerry Point", "Passengers of the Nordlys put on life jackets after it struck rocks near Skerry Point."));
        Assert.Equal(table.StoryOf("a"), table.StoryOf("b"));
        Assert.StartsWith("auto-", table.StoryOf("a"));
        Assert.Equal(3, table.Stories.Count);
    }

    [Fact]
    public void An_outlets_two_look_alike_events_stay_apart_with_the_other_outlets_reports()
    {
        // Two fires in one town on consecutive days, each reported by the same two outlets.
        var table = Match([.. Background,
            Item("w1", "Wire", "2026-05-03", "Fire destroys warehouse in Lenby", "A fire destroyed a logistics warehouse in Lenby; no one was hurt, the fire service said."),
            Item("p1", "Post", "2026-05-03", "Lenby warehouse blaze: no injuries", "The blaze gutted a logistics depot on the Lenby industrial estate overnight, with no injuries."),
            Item("w2", "Wire", "2026-05-04", "Two killed in Lenby apartment fire", "Two people died in a fire in an apartment block in Lenby, police said."),
            Item("p2", "Post", "2026-05-04", "Deadly Lenby flat fire kills two", "Two residents were killed when fire swept through a Lenby apartment block.")]);
        Assert.Equal(table.StoryOf("w1"), table.StoryOf("p1"));
        Assert.Equal(table.StoryOf("w2"), table.StoryOf("p2"));
        Assert.NotEqual(table.StoryOf("w1"), table.StoryOf("w2"));
    }

    [Fact]
    public void Story_ids_name_the_first_day_and_count_within_it_and_stories_csv_rows_describe_them()
    {
        var table = Match([.. Background,
            Item("a", "Wire", "2026-05-03", "Ferry Nordlys runs aground off Skerry Point", "The ferry Nordlys ran aground off Skerry Point with 210 passengers on board."),
            Item("b", "Post", "2026-05-04", "Panic as Nordlys hits rocks at Skerry Point", "Terrified passengers of the Nordlys put on life jackets after it struck rocks near Skerry Point.")]);
        Assert.Equal(["auto-2026-05-01-1", "auto-2026-05-01-2", "auto-2026-05-02-1", "auto-2026-05-03-1"], table.Stories.Select(s => s.Story));
        var ferry = table.Stories[^1];
        Assert.Equal(("2026-05-03", "2026-05-04", 2), (ferry.FirstDate, ferry.LastDate, ferry.Articles));
        Assert.Equal(["Post", "Wire"], ferry.Outlets);
    }

    [Fact]
    public void A_repeated_id_is_matched_once_and_articles_without_text_do_not_stop_matching()
    {
        var table = Match([.. Background,
            Item("a", "Wire", "2026-05-03", "Ferry Nordlys runs aground", "The ferry Nordlys ran aground."),
            Item("a", "Wire", "2026-05-03", "Ferry Nordlys runs aground", "The ferry Nordlys ran aground."),
            Item("empty", "Post", "2026-05-03", "", ""),
            ReadItem.Skip("broken.json", "parse_error", "not JSON")]);
        Assert.Equal(5, table.Articles);
        Assert.NotNull(table.StoryOf("empty"));
    }
}
