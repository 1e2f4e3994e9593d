using FramingAnalyzer.Input;

namespace FramingAnalyzer.Pipeline;

/// <summary>The analyze command's settings, free of any command-line parsing types.</summary>
public sealed record AnalyzeSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public required string OutputDirectory { get; init; }
    public ReaderOptions Reader { get; init; } = new();
    public int Seed { get; init; } = 20260311;
    public bool Charts { get; init; } = true;
    /// <summary>Options as the user gave them, recorded in run.json.</summary>
    public IReadOnlyDictionary<string, string> RecordedOptions { get; init; } = new Dictionary<string, string>();
    public int? Workers { get; init; }
    /// <summary>Analyse only this shard and write a partial result (for merge).</summary>
    public ShardSpec? Shard { get; init; }
    public int MaxArticleChars { get; init; } = BatchRunner.DefaultMaxArticleChars;
    /// <summary>Where stories come from: the input's keys (default) or automatic story matching over all inputs.</summary>
    public Stories.StoryMode Stories { get; init; } = FramingAnalyzer.Stories.StoryMode.Given;
    public Stories.StoryMatchingOptions StoryMatching { get; init; } = new();
    /// <summary>The static vectors file story matching encodes headlines and ledes with (null: the shipped one).</summary>
    public string? StoryVectors { get; init; }
    /// <summary>The period of trends.csv; null: by week for corpora spanning up to half a year, else by month.</summary>
    public Trends.TrendPeriod? TrendPeriod { get; init; }
    /// <summary>Receives the wall time of each phase (for --timings and the benchmarks).</summary>
    public Action<string, TimeSpan>? Timings { get; init; }
}
