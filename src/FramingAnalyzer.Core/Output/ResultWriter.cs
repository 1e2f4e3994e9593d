using FramingAnalyzer.Model;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Report;
using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Output;

/// <summary>
/// Writes what follows aggregation into an output folder: the per-outlet tables, the charts, report.html and, last,
/// run.json. Shared by analyze, merge and aggregate so that every route to a report writes the same files.
/// </summary>
public static class ResultWriter
{
    /// <param name="pendingTrends">The run's trends when they are already being computed (<see cref="RunTrends.Start"/>); else they are computed here.</param>
    public static void Write(string directory, RunResults results, RunCounts counts, RunDescription run, IReadOnlyList<IArticleAnalyzer> analyzers, bool charts,
        TrendPeriod? period = null, Task<RunTrends?>? pendingTrends = null)
    {
        var trends = pendingTrends is null ? RunTrends.Compute(directory, results.Aggregate, period) : pendingTrends.GetAwaiter().GetResult();
        if (trends is not null)
        {
            results = results with { Trends = trends.Rows, TrendPeriod = trends.Period };
            if (trends.Rows.Count > 0) TrendsTable.Write(Path.Combine(directory, TrendsTable.FileName), trends.Rows);
            var families = FamilyTrends.Compute(results.Aggregate.FamilyDays, trends.Period);
            if (families.Count > 0) FamilyTrendsTable.Write(Path.Combine(directory, FamilyTrendsTable.FileName), families);
        }
        AggregateTables.WriteOutlets(Path.Combine(directory, "outlets.csv"), results.Summaries);
        AggregateTables.WriteTerms(Path.Combine(directory, "terms.csv"), results.Terms);
        AggregateTables.WriteMixes(directory, results.Mixes);
        AggregateTables.WriteComparisons(Path.Combine(directory, "comparisons.csv"), results.Comparisons);
        StoryMatchedTable.Write(Path.Combine(directory, "story_matched.csv"), results.StoryMatched);
        if (results.HasSharedStories) CoverageTables.Write(directory, results.CoveredStories, results.Coverage);

        var chartDirectory = Path.Combine(directory, "charts");
        Directory.CreateDirectory(chartDirectory);
        var rendered = charts ? RunCharts.Render(chartDirectory, results) : [];

        var metrics = results.Aggregate.Schema.Metrics;
        var content = new ReportContent
        {
            Title = "How the outlets frame the story: sourcing, attribution and loaded wording",
            Inputs = run.Inputs,
            OutletArticles = results.OutletArticles,
            OutletDates = results.Aggregate.Outlets.ToDictionary(o => o.Key,
                o => o.Value.Dates.Count == 0 ? ("", "") : (o.Value.Dates.Min!, o.Value.Dates.Max!)),
            Read = counts.Read,
            Analysed = counts.Analysed,
            Skipped = counts.Skipped,
            Findings = FindingWriter.Write(results.Comparisons, metrics, results.Summaries),
            StoryFindings = StoryFindingWriter.Write(results.StoryMatched, metrics),
            BlindSpots = results.HasSharedStories ? BlindSpotWriter.Write(results.Coverage, StoriesTable.ReadHeadlines(Path.Combine(directory, StoriesTable.FileName))) : [],
            LoadedWords = OutletLoadedWords.From(results.Terms, results.OutletArticles.Keys.Order(Charts.OutletOrder.Comparer)),
            Charts = rendered,
            Summaries = results.Summaries,
            Metrics = metrics,
            ComparisonsTested = results.Comparisons.Count(c => !double.IsNaN(c.PValue)),
        };
        HtmlReport.Write(Path.Combine(directory, "report.html"), content);
        RunManifest.Write(Path.Combine(directory, "run.json"), run, counts, results.OutletArticles, analyzers);
    }
}
