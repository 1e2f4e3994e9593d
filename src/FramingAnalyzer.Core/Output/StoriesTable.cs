using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Output;

/// <summary>stories.csv: one row per story found by automatic story matching, in story-id order.</summary>
public static class StoriesTable
{
    public const string FileName = "stories.csv";
    public static readonly string[] Columns = ["story", "first_date", "last_date", "outlets", "outlet_count", "articles", "headline"];

    public static void Write(string path, IReadOnlyList<StoryRow> stories)
    {
        using var table = new TableWriter(path, Columns);
        foreach (var story in stories)
        {
            table.Text(story.Story).Text(story.FirstDate).Text(story.LastDate).Text(string.Join("; ", story.Outlets))
                .Integer(story.Outlets.Count).Integer(story.Articles).Text(story.Headline);
            table.EndRow();
        }
    }
}
