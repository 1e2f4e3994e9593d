using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Trends;

/// <summary>
/// Term-family choices over time: the aggregation's daily counts rolled up into the trends' period, with each choice's
/// share of the family's labels that outlet used in that period ("rebels" against "terrorists", week by week).
/// </summary>
public static class FamilyTrends
{
    public static List<FamilyTrendRow> Compute(FamilyTimeline timeline, TrendPeriod period)
    {
        var counts = new SortedDictionary<(string Outlet, int Start, string Family, string Choice), long>(
            Comparer<(string Outlet, int Start, string Family, string Choice)>.Create((a, b) =>
            {
                int c = string.CompareOrdinal(a.Outlet, b.Outlet);
                if (c != 0) return c;
                c = a.Start.CompareTo(b.Start);
                if (c != 0) return c;
                c = string.CompareOrdinal(a.Family, b.Family);
                return c != 0 ? c : string.CompareOrdinal(a.Choice, b.Choice);
            }));
        var totals = new Dictionary<(string, int, string), long>();
        foreach (var ((outlet, day, family, choice), count) in timeline.Counts)
        {
            int start = TrendPeriods.StartOf(day, period);
            counts[(outlet, start, family, choice)] = counts.GetValueOrDefault((outlet, start, family, choice)) + count;
            totals[(outlet, start, family)] = totals.GetValueOrDefault((outlet, start, family)) + count;
        }
        return counts.Select(c => new FamilyTrendRow(c.Key.Outlet, TrendPeriods.Name(c.Key.Start, period), c.Key.Family, c.Key.Choice, c.Value,
            totals[(c.Key.Outlet, c.Key.Start, c.Key.Family)])).ToList();
    }
}
