using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Output;

/// <summary>
/// The trends of a run (<see cref="TrendAnalysis"/>): read from its finished articles.csv with the headline metrics and
/// the run's seed, and nothing else of the aggregation, so a run can compute them on the thread pool while its
/// statistics are computed (<see cref="Start"/>) and hand them to <see cref="ResultWriter.Write"/>.
/// </summary>
public sealed record RunTrends(IReadOnlyList<TrendRow> Rows, TrendPeriod Period)
{
    /// <summary>The trends of the articles.csv in <paramref name="directory"/>; null when there is none.</summary>
    public static RunTrends? Compute(string directory, Aggregator aggregate, TrendPeriod? period)
    {
        var articles = Path.Combine(directory, "articles.csv");
        if (!File.Exists(articles)) return null;
        var headline = aggregate.Schema.Metrics.Where(m => m.Headline && m.InArticlesTable).Select(m => m.Name).ToList();
        var (rows, chosen) = TrendAnalysis.Compute(articles, headline, aggregate.Seed, period);
        return new RunTrends(rows, chosen);
    }

    /// <summary><see cref="Compute"/> on the thread pool.</summary>
    public static Task<RunTrends?> Start(string directory, Aggregator aggregate, TrendPeriod? period) =>
        Task.Run(() => Compute(directory, aggregate, period));
}
