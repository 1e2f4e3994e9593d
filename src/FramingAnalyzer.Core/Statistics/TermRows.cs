using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Statistics;

/// <summary>terms.csv rows from the aggregated term tallies: counts, own-voice and quoted counts, and the rate per 1,000 words of the outlet.</summary>
public static class TermRows
{
    public static List<TermRow> Build(Aggregator aggregator)
    {
        int words = aggregator.Schema.IndexOf("words");
        var rows = new List<TermRow>();
        foreach (var outlet in aggregator.Outlets.Values)
        {
            double outletWords = words < 0 ? double.NaN : outlet.Metrics[words].Total;
            foreach (var (key, tally) in outlet.Terms)
            {
                double per1k = outletWords > 0 ? tally.Count * 1000.0 / outletWords : double.NaN;
                rows.Add(new TermRow(outlet.Outlet, OutletAccumulator.TermOf(key), tally.Category, tally.Family,
                    tally.Count, tally.OwnVoice, tally.Quoted, tally.Articles, per1k));
            }
        }
        return rows;
    }
}
