namespace FramingAnalyzer.Analysis;

/// <summary>
/// A per-article metric an analyzer produces. <see cref="Group"/>/<see cref="Category"/> place a share metric in a mix
/// (e.g. group "source_type", category "official"), which becomes a row of that mix's table.
/// </summary>
public sealed record MetricDefinition(string Name, string Description, MetricKind Kind = MetricKind.Value)
{
    /// <summary>A short label for chart titles and panels ("Anonymous sources"); the description when not set.</summary>
    public string? Label { get; init; }

    /// <summary>Unit shown on chart axes ("words", "share of attributions", "per 1,000 words").</summary>
    public string Unit { get; init; } = "";
    public string? Group { get; init; }
    public string? Category { get; init; }
    /// <summary>False for the many mix shares that would clutter articles.csv (they still aggregate).</summary>
    public bool InArticlesTable { get; init; } = true;
    /// <summary>A mix category left out of its mix table and chart when no outlet has any (the many countries and parties
    /// a source phrase may name, of which a corpus names a few).</summary>
    public bool OmittedWhenAbsent { get; init; }
    /// <summary>Shown in the headline overview chart and findings.</summary>
    public bool Headline { get; init; }
    /// <summary>Shares are shown as percentages in findings.</summary>
    public bool IsShare => Kind == MetricKind.Ratio && Unit.StartsWith("share", StringComparison.Ordinal);
}
