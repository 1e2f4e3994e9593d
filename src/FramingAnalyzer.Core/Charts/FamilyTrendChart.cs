using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Charts;

/// <summary>
/// A term family over time (trend_families.csv): the share of one choice among each outlet's labels of the family,
/// period by period, as a <see cref="TrendChart"/> with 95% Wilson intervals; periods with fewer than 5 labels hollow.
/// </summary>
public static class FamilyTrendChart
{
    /// <param name="rows">The family's rows of trend_families.csv.</param>
    /// <param name="choice">The label whose share is drawn; null: the one whose overall share differs most between outlets.</param>
    public static TrendChart Create(IReadOnlyList<FamilyTrendRow> rows, string family, string? choice = null, ChartStyle? style = null)
    {
        var picked = choice ?? MostDividing(rows);
        string noun = rows.Count > 0 && rows[0].Period.Length == 7 ? "month" : "week";
        // A period in which an outlet used the family but not this choice is a share of 0.
        var trend = rows.GroupBy(r => (r.Outlet, r.Period))
            .Select(g => g.FirstOrDefault(r => r.Choice == picked) ?? new FamilyTrendRow(g.Key.Outlet, g.Key.Period, family, picked, 0, g.First().FamilyTotal))
            .Select(r => r.AsTrendRow()).ToList();
        string familyName = ChartText.LowerFirst(ChartText.Humanise(family));
        var label = new MetricLabel($"{family}:{picked}", $"Share of \u201C{picked}\u201D among {familyName} labels", "share of labels");
        return new TrendChart(trend, label, noun, style, lineMeaning: "share of the family's labels", countNoun: "labels",
            title: $"\u201C{picked}\u201D among {familyName} labels, by {noun}");
    }

    /// <summary>The choice whose overall share differs most between outlets (ties: ordinal order).</summary>
    public static string MostDividing(IReadOnlyList<FamilyTrendRow> rows)
    {
        var outlets = rows.GroupBy(r => r.Outlet).ToList();
        return rows.Select(r => r.Choice).Distinct().OrderBy(c => c, StringComparer.Ordinal)
            .Select(c => (Choice: c, Spread: Spread(outlets.Select(o => (double)o.Where(r => r.Choice == c).Sum(r => r.Count) / Math.Max(1, o.Sum(r => r.Count))).ToList())))
            .OrderByDescending(x => x.Spread).First().Choice;
    }

    private static double Spread(List<double> shares) => shares.Count == 0 ? 0 : shares.Max() - shares.Min();
}
