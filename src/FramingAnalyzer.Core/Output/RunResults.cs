using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Output;

/// <summary>Everything computed from an aggregation: the rows of every per-outlet table.</summary>
public sealed record RunResults(
    Aggregator Aggregate,
    IReadOnlyList<OutletMetricSummary> Summaries,
    IReadOnlyList<MixShare> Mixes,
    IReadOnlyList<TermRow> Terms,
    IReadOnlyList<ComparisonRow> Comparisons,
    IReadOnlyList<StoryMatchedRow> StoryMatched,
    IReadOnlyList<CoveredStory> CoveredStories,
    IReadOnlyList<OutletCoverage> Coverage)
{
    public static RunResults Compute(Aggregator aggregate)
    {
        var (stories, coverage) = CoverageAnalysis.Compute(aggregate);
        return new(
            aggregate,
            OutletSummaries.Summarise(aggregate),
            OutletSummaries.Mixes(aggregate),
            TermRows.Build(aggregate),
            OutletComparisons.Compare(aggregate),
            StoryMatchedComparisons.Compare(aggregate),
            stories,
            coverage);
    }

    /// <summary>trends.csv's rows (filled by <see cref="ResultWriter"/> from the finished articles.csv) and their period.</summary>
    public IReadOnlyList<Trends.TrendRow> Trends { get; init; } = [];
    public Trends.TrendPeriod TrendPeriod { get; init; }

    /// <summary>True when some story was covered by two outlets or more: coverage tables, chart and report section.</summary>
    public bool HasSharedStories => Coverage.Any(c => c.MultiOutletStories > 0);

    public IReadOnlyDictionary<string, long> OutletArticles =>
        Aggregate.Outlets.ToDictionary(o => o.Key, o => o.Value.Articles).ToSortedDictionary();
}

internal static class DictionaryExtensions
{
    public static SortedDictionary<string, T> ToSortedDictionary<T>(this Dictionary<string, T> source) => new(source, StringComparer.Ordinal);
}
