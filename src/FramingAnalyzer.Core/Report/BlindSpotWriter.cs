using System.Globalization;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Report;

/// <summary>
/// The report's sentences on blind spots: per outlet with any, how many and the largest by name (the representative
/// headline when story matching found the story, else its key).
/// </summary>
public static class BlindSpotWriter
{
    public const int Named = 3;

    public static IReadOnlyList<BlindSpotLine> Write(IReadOnlyList<OutletCoverage> coverage, IReadOnlyDictionary<string, string> headlines)
    {
        var lines = new List<BlindSpotLine>();
        foreach (var row in coverage.Where(r => r.BlindSpots.Count > 0).OrderByDescending(r => r.BlindSpots.Count).ThenBy(r => r.Outlet, StringComparer.Ordinal))
        {
            var named = row.BlindSpots.Take(Named).Select(s => Name(s, headlines));
            string count = row.BlindSpots.Count == 1 ? "1 story" : string.Create(CultureInfo.InvariantCulture, $"{row.BlindSpots.Count:N0} stories");
            string lead = row.BlindSpots.Count <= Named ? "" : "largest: ";
            lines.Add(new BlindSpotLine(row.Outlet, string.Create(CultureInfo.InvariantCulture,
                $"{row.Outlet} did not cover {count} that every other outlet covered ({row.Covered:N0} of the {row.MultiOutletStories:N0} shared stories covered); {lead}{string.Join("; ", named)}.")));
        }
        return lines;
    }

    private static string Name(CoveredStory story, IReadOnlyDictionary<string, string> headlines) =>
        string.Create(CultureInfo.InvariantCulture, $"{(headlines.TryGetValue(story.Story, out var h) && h.Length > 0 ? $"\u201C{h}\u201D" : story.Story)} ({story.Articles:N0} articles elsewhere)");
}
