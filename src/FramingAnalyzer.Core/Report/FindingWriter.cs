using FramingAnalyzer.Analysis;
using FramingAnalyzer.Charts;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Report;

/// <summary>
/// Turns comparisons into plain sentences, stating only differences whose Benjamini–Hochberg adjusted p-value is below
/// <see cref="Alpha"/>. Per headline metric: one summary sentence ("Karvania Today 81%, higher than every other outlet
/// (16%–35%)." when one outlet is significantly above or below all others, else how many pairs differ), then the
/// <c>perMetric</c> pairs with the largest |Cliff's delta|. Metrics are ordered by their largest |Cliff's delta|, a
/// unit-free effect size, so differences in percentage points and per 1,000 words are never ranked against each other.
/// Every number is comparisons.csv's or outlets.csv's, in <see cref="ReportNumbers"/>' format.
/// </summary>
public static class FindingWriter
{
    public const double Alpha = 0.05;

    public static Findings Write(IReadOnlyList<ComparisonRow> comparisons, IReadOnlyList<MetricDefinition> metrics,
        IReadOnlyList<OutletMetricSummary> summaries, int perMetric = 3)
    {
        var means = summaries.ToDictionary(s => (s.Outlet, s.Metric), s => s.Mean);
        var tested = comparisons.Where(c => double.IsFinite(c.PAdjusted)).ToList();
        var groups = new List<FindingGroup>();
        var quiet = new List<string>();
        foreach (var metric in metrics.Where(m => m.Headline && m.InArticlesTable))
        {
            var rows = tested.Where(c => c.Metric == metric.Name).ToList();
            var significant = rows.Where(c => c.PAdjusted < Alpha).ToList();
            if (significant.Count == 0)
            {
                if (rows.Count > 0) quiet.Add(Heading(metric));
                continue;
            }
            var shown = significant
                .OrderByDescending(c => Math.Abs(c.EffectSize)).ThenBy(c => c.OutletA, StringComparer.Ordinal).ThenBy(c => c.OutletB, StringComparer.Ordinal)
                .Take(perMetric)
                .Select(c => new Finding(c.Metric, PairSentence(c, metric, means), Math.Abs(c.EffectSize)))
                .ToList();
            groups.Add(new FindingGroup(metric.Name, Heading(metric), Summary(metric, rows, significant, means), shown, significant.Count, rows.Count));
        }
        // Ties in the largest effect (several metrics with a pair at |delta| = 1) go to the metric with more significant pairs.
        var ordered = groups.OrderByDescending(g => g.LargestEffect).ThenByDescending(g => g.Significant).ThenBy(g => g.Heading, StringComparer.Ordinal).ToList();
        return new Findings(ordered, quiet, tested.Count, tested.Count(c => c.PAdjusted < Alpha), perMetric);
    }

    /// <summary>"Attributions to official sources (% of attributions)".</summary>
    public static string Heading(MetricDefinition metric)
    {
        var label = MetricLabel.From(metric);
        return label.Unit.Length == 0 ? label.Description : $"{label.Description} ({label.UnitPhrase})";
    }

    /// <summary>
    /// One sentence for the metric: the outlet above (or below) every other outlet when all its pairs are significant,
    /// otherwise how many pairs differ.
    /// </summary>
    private static string Summary(MetricDefinition metric, List<ComparisonRow> rows, List<ComparisonRow> significant, Dictionary<(string, string), double> means)
    {
        var outlets = rows.SelectMany(c => new[] { c.OutletA, c.OutletB }).Distinct(StringComparer.Ordinal).ToList();
        foreach (bool higher in new[] { true, false })
        {
            foreach (var outlet in outlets.OrderBy(o => o, OutletOrder.Comparer))
            {
                var others = outlets.Where(o => o != outlet).ToList();
                bool beatsAll = others.Count >= 2 && others.All(other => significant.Any(c =>
                    (c.OutletA == outlet && c.OutletB == other && (higher ? c.Diff > 0 : c.Diff < 0)) ||
                    (c.OutletB == outlet && c.OutletA == other && (higher ? c.Diff < 0 : c.Diff > 0))));
                if (!beatsAll) continue;
                var otherMeans = others.Select(o => means.GetValueOrDefault((o, metric.Name), double.NaN)).Where(double.IsFinite).ToList();
                string range = otherMeans.Count == 0 ? ""
                    : $" ({ReportNumbers.Value(otherMeans.Min(), metric)} to {ReportNumbers.Value(otherMeans.Max(), metric)})";
                return $"{outlet} {ReportNumbers.Value(means.GetValueOrDefault((outlet, metric.Name), double.NaN), metric)}, " +
                       $"{(higher ? "higher" : "lower")} than every other outlet{range}; {significant.Count} of {rows.Count} pairs differ significantly.";
            }
        }
        return significant.Count == 1
            ? $"1 of {rows.Count} pairs differs significantly."
            : $"{significant.Count} of {rows.Count} pairs differ significantly.";
    }

    /// <summary>"Karvania Today 81% against Free Valley Voice 16%: 65 percentage points higher (95% CI 60–72), Cliff's delta 1.00, adjusted p &lt; 0.001, 8 and 8 articles."</summary>
    private static string PairSentence(ComparisonRow c, MetricDefinition metric, Dictionary<(string, string), double> means)
    {
        bool flip = c.Diff < 0;
        string high = flip ? c.OutletB : c.OutletA, low = flip ? c.OutletA : c.OutletB;
        double ciLow = flip ? -c.DiffCi.High : c.DiffCi.Low, ciHigh = flip ? -c.DiffCi.Low : c.DiffCi.High;
        long nHigh = flip ? c.NB : c.NA, nLow = flip ? c.NA : c.NB;
        string highMean = ReportNumbers.Value(means.GetValueOrDefault((high, c.Metric), double.NaN), metric);
        string lowMean = ReportNumbers.Value(means.GetValueOrDefault((low, c.Metric), double.NaN), metric);
        return $"{high} {highMean} against {low} {lowMean}: {ReportNumbers.Difference(Math.Abs(c.Diff), metric)} higher " +
               $"(95% CI {ReportNumbers.Interval(ciLow, ciHigh, metric)}), Cliff's delta {ReportNumbers.Delta(Math.Abs(c.EffectSize))}, " +
               $"{ReportNumbers.AdjustedP(c.PAdjusted)}, {ReportNumbers.Count(nHigh)} and {ReportNumbers.Count(nLow)} articles.";
    }
}
