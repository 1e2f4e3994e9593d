using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Output;

/// <summary>stories.csv: one row per story found by automatic story matching, in story-id order.</summary>
public static class StoriesTable
{
    public const string FileName = "stories.csv";
    public static readonly string[] Columns = ["story", "first_date", "last_date", "outlets", "outlet_count", "articles", "headline"];

    /// <summary>Story id → representative headline, from a stories.csv (empty when the file does not exist).</summary>
    public static IReadOnlyDictionary<string, string> ReadHeadlines(string path)
    {
        var headlines = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return headlines;
        using var reader = new CsvHelper.CsvReader(new StreamReader(path), new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture));
        reader.Read();
        reader.ReadHeader();
        while (reader.Read()) headlines[reader.GetField("story")!] = reader.GetField("headline")!;
        return headlines;
    }

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
