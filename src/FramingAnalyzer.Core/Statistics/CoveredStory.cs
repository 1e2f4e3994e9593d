namespace FramingAnalyzer.Statistics;

/// <summary>One story and the outlets that covered it, each with its number of articles on the story (outlets in ordinal order).</summary>
public sealed record CoveredStory(string Story, IReadOnlyList<KeyValuePair<string, long>> Outlets)
{
    public long Articles => Outlets.Sum(o => o.Value);
}
