namespace FramingAnalyzer.Stories;

/// <summary>The result of story matching over a whole input: each article id's story, and the stories in story-id order.</summary>
public sealed class StoryTable(IReadOnlyDictionary<string, string> storyOfArticle, IReadOnlyList<StoryRow> stories)
{
    public IReadOnlyList<StoryRow> Stories { get; } = stories;

    /// <summary>The story of an article id, or null for an id that was not in the matched input.</summary>
    public string? StoryOf(string articleId) => storyOfArticle.GetValueOrDefault(articleId);

    public int Articles => storyOfArticle.Count;
}
