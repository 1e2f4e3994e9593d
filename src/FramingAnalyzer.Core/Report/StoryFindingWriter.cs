using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Report;

/// <summary>The story-matched section: per headline metric, the significant pairs on shared stories, and the counts behind them.</summary>
public sealed record StoryFindings(IReadOnlyList<FindingGroup> Groups, int Tested, int Significant, int FewestStories, int MostStories, int PerMetric)
{
    public static StoryFindings None { get; } = new([], 0, 0, 0, 0, 3);

    /// <summary>Whether any pair of outlets shared a story (else the report has no story-matched section).</summary>
    public bool HasStories => MostStories > 0;
}

/// <summary>
/// Story-matched comparisons (story_matched.csv) in plain sentences: only pairs whose adjusted p-value is below
/// <see cref="FindingWriter.Alpha"/>, per headline metric the <c>perMetric</c> with the smallest adjusted p-value (the
/// table has no Cliff's delta: the paired differences are per story, not per article).
/// </summary>
public static class StoryFindingWriter
{
    public static StoryFindings Write(IReadOnlyList<StoryMatchedRow> rows, IReadOnlyList<MetricDefinition> metrics, int perMetric = 3)
    {
        var tested = rows.Where(r => r.Stories > 0 && double.IsFinite(r.PAdjusted)).ToList();
        if (rows.All(r => r.Stories == 0)) return StoryFindings.None with { PerMetric = perMetric };
        var groups = new List<FindingGroup>();
        foreach (var metric in metrics.Where(m => m.Headline && m.InArticlesTable))
        {
            var metricRows = tested.Where(r => r.Metric == metric.Name).ToList();
            var significant = metricRows.Where(r => r.PAdjusted < FindingWriter.Alpha).ToList();
            if (significant.Count == 0) continue;
            var shown = significant
                .OrderBy(r => r.PAdjusted).ThenByDescending(r => Math.Abs(r.MeanDiff)).ThenBy(r => r.OutletA, StringComparer.Ordinal).ThenBy(r => r.OutletB, StringComparer.Ordinal)
                .Take(perMetric)
                .Select(r => new Finding(r.Metric, Sentence(r, metric), 1 - r.PAdjusted))
                .ToList();
            string summary = significant.Count == 1 ? $"1 of {metricRows.Count} pairs differs significantly on shared stories."
                : $"{significant.Count} of {metricRows.Count} pairs differ significantly on shared stories.";
            groups.Add(new FindingGroup(metric.Name, FindingWriter.Heading(metric), summary, shown, significant.Count, metricRows.Count));
        }
        var withStories = rows.Where(r => r.Stories > 0).ToList();
        return new StoryFindings(groups, tested.Count, tested.Count(r => r.PAdjusted < FindingWriter.Alpha),
            withStories.Count == 0 ? 0 : withStories.Min(r => r.Stories), withStories.Count == 0 ? 0 : withStories.Max(r => r.Stories), perMetric);
    }

    /// <summary>"Karvania Today against Free Valley Voice on 8 shared stories: 65 percentage points higher (95% CI 58–71), adjusted p = 0.008."</summary>
    private static string Sentence(StoryMatchedRow r, MetricDefinition metric)
    {
        bool flip = r.MeanDiff < 0;
        string high = flip ? r.OutletB : r.OutletA, low = flip ? r.OutletA : r.OutletB;
        double ciLow = flip ? -r.DiffCi.High : r.DiffCi.Low, ciHigh = flip ? -r.DiffCi.Low : r.DiffCi.High;
        string stories = r.Stories == 1 ? "1 shared story" : $"{ReportNumbers.Count(r.Stories)} shared stories";
        return $"{high} against {low} on {stories}: {ReportNumbers.Difference(Math.Abs(r.MeanDiff), metric)} higher on average " +
               $"(95% CI {ReportNumbers.Interval(ciLow, ciHigh, metric)}), {ReportNumbers.AdjustedP(r.PAdjusted)}.";
    }
}
