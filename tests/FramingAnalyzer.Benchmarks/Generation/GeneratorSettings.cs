namespace FramingAnalyzer.Benchmarks.Generation;

/// <summary>What to generate. Same settings and sample text, same files, byte for byte.</summary>
public sealed record GeneratorSettings
{
    public required int Articles { get; init; }
    public required int Outlets { get; init; }
    public required string OutputDirectory { get; init; }
    public int Seed { get; init; } = 1;
    /// <summary>Folder of the sample corpus whose text is recombined.</summary>
    public required string SampleDirectory { get; init; }
    /// <summary>Mean number of articles per story key (across all outlets); stories = articles / this.</summary>
    public int ArticlesPerStory { get; init; } = 24;
    public int MinWords { get; init; } = 300;
    public int MaxWords { get; init; } = 1200;
    /// <summary>How articles are written; <see cref="CorpusStyle.Dense"/> ignores <see cref="MinWords"/> and <see cref="MaxWords"/>.</summary>
    public CorpusStyle Style { get; init; } = CorpusStyle.Sample;
}
