using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Statistics;

/// <summary>
/// Pairwise comparisons of outlets on every per-article metric: difference of means (A − B) with the percentile CI of
/// the resample-wise differences of the outlets' Poisson-bootstrap means, a permutation-test p-value, Benjamini–Hochberg
/// adjustment across all rows of the table, and Cliff's delta as effect size.
/// </summary>
public static class OutletComparisons
{
    public static List<ComparisonRow> Compare(Aggregator aggregator, int permutations = PermutationTest.DefaultPermutations)
    {
        var outlets = aggregator.Outlets.Values.ToArray();
        foreach (var outlet in outlets) outlet.Canonicalise();
        // Rows are listed in table order and computed in parallel: each draws from its own generator, seeded by the
        // row's keys, so the table is the same as a serial pass.
        var rows = new List<Func<ComparisonRow>>();
        for (int p = 0; p < aggregator.PointMetrics.Length; p++)
        {
            int m = aggregator.PointMetrics[p];
            var metric = aggregator.Schema.Metrics[m].Name;
            var values = outlets.Select(o => o.Points.Select(pt => (double)pt.Values[p]).Where(v => !double.IsNaN(v)).ToArray()).ToArray();
            var sorted = values.Select(v => v.Order().ToArray()).ToArray();
            for (int i = 0; i < outlets.Length; i++)
            {
                for (int j = i + 1; j < outlets.Length; j++)
                {
                    var a = outlets[i].Metrics[m];
                    var b = outlets[j].Metrics[m];
                    if (a.Count == 0 || b.Count == 0) continue;
                    var (nameA, nameB, valuesA, valuesB, sortedB) = (outlets[i].Outlet, outlets[j].Outlet, values[i], values[j], sorted[j]);
                    rows.Add(() =>
                    {
                        var diffs = new List<double>(a.MeanResamples!.Resamples);
                        for (int r = 0; r < a.MeanResamples!.Resamples; r++)
                        {
                            double d = a.MeanResamples!.Statistic(r) - b.MeanResamples!.Statistic(r);
                            if (!double.IsNaN(d)) diffs.Add(d);
                        }
                        diffs.Sort();
                        var random = SeededRandom.For(aggregator.Seed, metric, nameA, nameB);
                        double pValue = PermutationTest.TwoSided(valuesA, valuesB, random, permutations);
                        return new ComparisonRow(metric, nameA, nameB, a.Count, b.Count, a.Mean - b.Mean,
                            Interval.Percentile(diffs), pValue, double.NaN, CliffsDelta.OfSorted(valuesA, sortedB));
                    });
                }
            }
        }
        var raw = new ComparisonRow[rows.Count];
        Parallel.For(0, rows.Count, k => raw[k] = rows[k]());
        var adjusted = MultipleTesting.BenjaminiHochberg(raw.Select(r => r.PValue).ToArray());
        return raw.Select((r, k) => r with { PAdjusted = adjusted[k] }).ToList();
    }
}
