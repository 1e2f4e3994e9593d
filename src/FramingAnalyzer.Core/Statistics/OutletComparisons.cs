using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Statistics;

/// <summary>
/// Pairwise comparisons of outlets on every per-article metric: difference of means (A − B) with the percentile CI of
/// the resample-wise differences of the outlets' Poisson-bootstrap means, a permutation-test p-value, Benjamini–Hochberg
/// adjustment across all rows of the table, and Cliff's delta as effect size. The permutation test relabels the values
/// when both outlets' values are kept and the work is small (see <see cref="PermutationTest"/>), and otherwise uses its
/// normal approximation from exact moments; Cliff's delta is exact while both outlets' values are kept (up to
/// <see cref="ValueSample.ExactLimit"/> articles) and computed from their histograms beyond that.
/// </summary>
public static class OutletComparisons
{
    public static List<ComparisonRow> Compare(Aggregator aggregator, int permutations = PermutationTest.DefaultPermutations)
    {
        var outlets = aggregator.Outlets.Values.ToArray();
        // Rows are listed in table order and computed in parallel: each draws from its own generator, seeded by the
        // row's keys, so the table is the same as a serial pass.
        var rows = new List<Func<ComparisonRow>>();
        for (int p = 0; p < aggregator.PointMetrics.Length; p++)
        {
            int m = aggregator.PointMetrics[p];
            var metric = aggregator.Schema.Metrics[m].Name;
            var samples = outlets.Select(o => o.Distributions[p]).ToArray();
            var sorted = samples.Select(s => s.IsExact ? s.SortedValues() : null).ToArray();
            var bins = samples.All(s => s.IsExact) ? null : samples.Select(s => s.Bins()).ToArray();
            for (int i = 0; i < outlets.Length; i++)
            {
                for (int j = i + 1; j < outlets.Length; j++)
                {
                    var a = outlets[i].Metrics[m];
                    var b = outlets[j].Metrics[m];
                    if (a.Count == 0 || b.Count == 0) continue;
                    var (nameA, nameB, sampleA, sampleB, sortedA, sortedB) = (outlets[i].Outlet, outlets[j].Outlet, samples[i], samples[j], sorted[i], sorted[j]);
                    var (binsA, binsB) = (bins?[i], bins?[j]);
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
                        bool relabel = sortedA is not null && sortedB is not null && (long)permutations * (sortedA.Length + sortedB.Length) <= PermutationTest.WorkBudget;
                        double pValue = relabel ? PermutationTest.TwoSided(sortedA!, sortedB!, random, permutations) : PermutationTest.NormalApproximation(sampleA, sampleB);
                        double delta = sortedA is not null && sortedB is not null ? CliffsDelta.OfSorted(sortedA, sortedB) : CliffsDelta.OfBins(binsA!, binsB!);
                        return new ComparisonRow(metric, nameA, nameB, a.Count, b.Count, a.Mean - b.Mean,
                            Interval.Percentile(diffs), pValue, double.NaN, delta);
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
