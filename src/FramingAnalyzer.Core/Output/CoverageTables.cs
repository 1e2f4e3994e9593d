using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Output;

/// <summary>
/// coverage.csv (one row per story and outlet that covered it, with its articles on the story) and
/// coverage_outlets.csv (per outlet: the multi-outlet stories, how many it covered, its blind spots).
/// </summary>
public static class CoverageTables
{
    public const string StoriesFile = "coverage.csv";
    public const string OutletsFile = "coverage_outlets.csv";

    /// <summary>Blind spots listed by name in coverage_outlets.csv (all are counted).</summary>
    public const int BlindSpotsListed = 5;

    public static void Write(string directory, IReadOnlyList<CoveredStory> stories, IReadOnlyList<OutletCoverage> outlets)
    {
        using (var table = new TableWriter(Path.Combine(directory, StoriesFile), ["story", "outlet_count", "outlet", "articles"]))
        {
            foreach (var story in stories)
            {
                foreach (var (outlet, articles) in story.Outlets)
                {
                    table.Text(story.Story).Integer(story.Outlets.Count).Text(outlet).Integer(articles);
                    table.EndRow();
                }
            }
        }
        using var summary = new TableWriter(Path.Combine(directory, OutletsFile),
            ["outlet", "multi_outlet_stories", "covered", "covered_share", "blind_spots", "largest_blind_spots"]);
        foreach (var row in outlets)
        {
            summary.Text(row.Outlet).Integer(row.MultiOutletStories).Integer(row.Covered).Number(row.CoveredShare).Integer(row.BlindSpots.Count)
                .Text(string.Join("; ", row.BlindSpots.Take(BlindSpotsListed).Select(s => s.Story)));
            summary.EndRow();
        }
    }
}
