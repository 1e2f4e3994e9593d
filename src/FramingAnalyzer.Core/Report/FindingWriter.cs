using System.Globalization;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Report;

/// <summary>
/// Turns comparisons into plain sentences, stating only differences whose Benjamini–Hochberg adjusted p-value is below
/// the threshold: "Attributions to official sources: Karvania Today 81%, Free Valley Voice 16% (difference 66 percentage points, 95% CI 60–72; ...)".
/// </summary>
public static class FindingWriter
{
    public const double Alpha = 0.05;

    public static List<Finding> Write(IReadOnlyList<ComparisonRow> comparisons, IReadOnlyList<MetricDefinition> metrics,
        IReadOnlyList<OutletMetricSummary> summaries, int perMetric = 3, int total = 12)
    {
        var definitions = metrics.ToDictionary(m => m.Name);
        var means = summaries.ToDictionary(s => (s.Outlet, s.Metric), s => s.Mean);
        var findings = new List<Finding>();
        foreach (var group in comparisons.Where(c => c.PAdjusted < Alpha && definitions.TryGetValue(c.Metric, out var d) && d.Headline)
                     .GroupBy(c => c.Metric))
        {
            var definition = definitions[group.Key];
            foreach (var c in group.OrderByDescending(c => Math.Abs(c.EffectSize)).ThenBy(c => c.OutletA, StringComparer.Ordinal).ThenBy(c => c.OutletB, StringComparer.Ordinal).Take(perMetric))
            {
                findings.Add(new Finding(c.Metric, Sentence(c, definition, means), Math.Abs(c.EffectSize)));
            }
        }
        return findings.OrderByDescending(f => f.AbsoluteEffect).ThenBy(f => f.Sentence, StringComparer.Ordinal).Take(total).ToList();
    }

    private static string Sentence(ComparisonRow c, MetricDefinition metric, Dictionary<(string, string), double> means)
    {
        // Report the higher outlet first.
        bool flip = c.Diff < 0;
        string high = flip ? c.OutletB : c.OutletA, low = flip ? c.OutletA : c.OutletB;
        double diff = Math.Abs(c.Diff);
        double ciLow = flip ? -c.DiffCi.High : c.DiffCi.Low, ciHigh = flip ? -c.DiffCi.Low : c.DiffCi.High;
        string label = Describe(metric);
        string p = c.PAdjusted < 0.001 ? "adjusted p < 0.001" : string.Create(CultureInfo.InvariantCulture, $"adjusted p = {c.PAdjusted:0.000}");
        double highMean = means.GetValueOrDefault((high, c.Metric), double.NaN), lowMean = means.GetValueOrDefault((low, c.Metric), double.NaN);
        long nHigh = flip ? c.NB : c.NA, nLow = flip ? c.NA : c.NB;
        if (metric.IsShare)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{label}: {high} {highMean * 100:0}%, {low} {lowMean * 100:0}% (difference {diff * 100:0} percentage points, 95% CI {ciLow * 100:0}–{ciHigh * 100:0}; {p}; Cliff's delta {Math.Abs(c.EffectSize):0.00}; {nHigh} and {nLow} articles).");
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{label}: {high} {highMean:0.##}, {low} {lowMean:0.##} {metric.Unit} (difference {diff:0.##}, 95% CI {ciLow:0.##}–{ciHigh:0.##}; {p}; Cliff's delta {Math.Abs(c.EffectSize):0.00}; {nHigh} and {nLow} articles).");
    }

    private static string Describe(MetricDefinition metric)
    {
        if (metric.Label is not null) return metric.Label;
        var text = metric.Description.TrimEnd('.');
        return text.Length > 90 ? metric.Name : text;
    }
}
