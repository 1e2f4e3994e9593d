namespace FramingAnalyzer.Sourcing;

/// <summary>The distinct sources of an article and, per extracted attribution (same order), the index of its source.</summary>
public sealed record SourceResolution(IReadOnlyList<SourceEntity> Entities, IReadOnlyList<int> EntityOf);
