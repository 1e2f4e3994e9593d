namespace FramingAnalyzer.Stories;

/// <summary>One row of stories.csv: a story found by matching, its dates, the outlets that covered it and a representative headline.</summary>
public sealed record StoryRow(string Story, string? FirstDate, string? LastDate, IReadOnlyList<string> Outlets, int Articles, string Headline);
