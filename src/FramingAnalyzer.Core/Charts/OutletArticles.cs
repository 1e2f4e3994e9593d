using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Charts;

/// <summary>Article counts per outlet, for charts whose own rows do not carry them (terms.csv counts articles per term).</summary>
public static class OutletArticles
{
    /// <summary>Each outlet's article count from outlets.csv rows (the largest over its metrics).</summary>
    public static IReadOnlyDictionary<string, long> From(IEnumerable<OutletMetricSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.GroupBy(r => r.Outlet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Articles), StringComparer.Ordinal);
    }
}
