using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Statistics;

/// <summary>
/// Which outlets covered which stories (given keys or found by <c>--stories auto</c>), from the aggregation's story
/// ledger, so that analyze, merge and aggregate agree. Stories in ordinal order of their key.
/// </summary>
public static class CoverageAnalysis
{
    public static (IReadOnlyList<CoveredStory> Stories, IReadOnlyList<OutletCoverage> Outlets) Compute(Aggregator aggregate)
    {
        var stories = new List<CoveredStory>();
        foreach (var story in aggregate.Stories.Stories())
        {
            var outlets = story.Outlets
                .Select(o => new KeyValuePair<string, long>(o.Key, o.Value.Counts.Length == 0 ? 0 : o.Value.Counts.Max()))
                .OrderBy(o => o.Key, StringComparer.Ordinal).ToArray();
            stories.Add(new CoveredStory(story.Story, outlets));
        }
        stories.Sort((a, b) => string.CompareOrdinal(a.Story, b.Story));
        var all = aggregate.Outlets.Keys.ToArray();
        var multi = stories.Where(s => s.Outlets.Count >= 2).ToList();
        var rows = new List<OutletCoverage>(all.Length);
        foreach (var outlet in all)
        {
            int covered = multi.Count(s => s.Outlets.Any(o => o.Key == outlet));
            var blind = all.Length < 3 ? [] : multi
                .Where(s => s.Outlets.Count == all.Length - 1 && s.Outlets.All(o => o.Key != outlet))
                .OrderByDescending(s => s.Articles).ThenBy(s => s.Story, StringComparer.Ordinal)
                .ToList();
            rows.Add(new OutletCoverage(outlet, multi.Count, covered, blind));
        }
        return (stories, rows);
    }
}
