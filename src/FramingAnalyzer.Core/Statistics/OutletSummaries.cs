using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Statistics;

/// <summary>Turns the aggregated per-outlet state into per-outlet metric summaries and mix shares with bootstrap intervals.</summary>
public static class OutletSummaries
{
    public static List<OutletMetricSummary> Summarise(Aggregator aggregator)
    {
        var rows = new List<OutletMetricSummary>();
        var schema = aggregator.Schema;
        foreach (var outlet in aggregator.Outlets.Values)
        {
            for (int m = 0; m < schema.Metrics.Count; m++)
            {
                var definition = schema.Metrics[m];
                if (!definition.InArticlesTable) continue;
                var acc = outlet.Metrics[m];
                int point = Array.IndexOf(aggregator.PointMetrics, m);
                double median = point < 0 ? double.NaN : outlet.Distributions[point].Median();
                var meanCi = Interval.Percentile(acc.MeanResamples!.SortedStatistics());
                double pooled = acc.Kind == MetricKind.Ratio ? acc.Pooled : double.NaN;
                var pooledCi = acc.PooledResamples is null ? Interval.None : Interval.Percentile(acc.PooledResamples.SortedStatistics());
                rows.Add(new OutletMetricSummary(outlet.Outlet, definition.Name, acc.Count, acc.Mean, meanCi, median, pooled, pooledCi));
            }
        }
        return rows;
    }

    /// <summary>All mix shares, grouped by mix name, in schema order of categories; a category
    /// <see cref="MetricDefinition.OmittedWhenAbsent"/> is left out when no outlet has any.</summary>
    public static List<MixShare> Mixes(Aggregator aggregator)
    {
        var rows = new List<MixShare>();
        var schema = aggregator.Schema;
        foreach (var outlet in aggregator.Outlets.Values)
        {
            for (int m = 0; m < schema.Metrics.Count; m++)
            {
                var definition = schema.Metrics[m];
                if (definition.Group is null || definition.Category is null || definition.Kind != MetricKind.Ratio) continue;
                var acc = outlet.Metrics[m];
                var ci = Interval.Percentile(acc.PooledResamples!.SortedStatistics());
                rows.Add(new MixShare(definition.Group, outlet.Outlet, definition.Category,
                    acc.NumeratorSum / FixedPoint.Scale, acc.DenominatorSum / FixedPoint.Scale, acc.Pooled, ci, outlet.Articles));
            }
        }
        var absent = schema.Metrics.Where(d => d.OmittedWhenAbsent && d.Group is not null && d.Category is not null)
            .Select(d => (d.Group!, d.Category!))
            .Where(key => !rows.Any(r => r.Mix == key.Item1 && r.Category == key.Item2 && r.Count > 0))
            .ToHashSet();
        if (absent.Count > 0) rows.RemoveAll(r => absent.Contains((r.Mix, r.Category)));
        return rows;
    }
}
