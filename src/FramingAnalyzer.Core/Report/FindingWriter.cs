using System.Globalization;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Report;

/// <summary>
/// Turns comparisons into plain sentences, stating only differences whose Benjamini–Hochberg adjusted p-value is below
/// the threshold: "Karvania Today: 81% of attributions cite officials; Free Valley Voice: 22% (difference 59 points, 95% CI 48–70)."
/// </summary>
public static class FindingWriter
{
    public const double Alpha = 0.05;

    public static List<Finding> Write(IReadOnlyList<ComparisonRow> comparisons, IReadOnlyList<MetricDefinition> metrics, int perMetric = 3, int total = 12)
    {
        var definitions = metrics.ToDictionary(m => m.Name);
        var findings = new List<Finding>();
        foreach (var group in comparisons.Where(c => c.PAdjusted < Alpha && definitions.TryGetValue(c.Metric, out var d) && d.Headline)
                     .GroupBy(c => c.Metric))
        {
            var definition = definitions[group.Key];
            foreach (var c in group.OrderByDescending(c => Math.Abs(c.EffectSize)).ThenBy(c => c.OutletA, StringComparer.Ordinal).ThenBy(c => c.OutletB, StringComparer.Ordinal).Take(perMetric))
            {
                findings.Add(new Finding(c.Metric, Sentence(c, definition), Math.Abs(c.EffectSize)));
            }
        }
        return findings.OrderByDescending(f => f.AbsoluteEffect).ThenBy(f => f.Sentence, StringComparer.Ordinal).Take(total).ToList();
    }

    private static string Sentence(ComparisonRow c, MetricDefinition metric)
    {
        // Report the higher outlet first.
        bool flip = c.Diff < 0;
        string high = flip ? c.OutletB : c.OutletA, low = flip ? c.OutletA : c.OutletB;
        double diff = Math.Abs(c.Diff);
        double ciLow = flip ? -c.DiffCi.High : c.DiffCi.Low, ciHigh = flip ? -c.DiffCi.Low : c.DiffCi.High;
        string label = Describe(metric);
        string p = c.PAdjusted < 0.001 ? "adjusted p < 0.001" : string.Create(CultureInfo.InvariantCulture, $"adjusted p = {c.PAdjusted:0.000}");
        if (metric.IsShare)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{label}: {high} is higher than {low} by {diff * 100:0} percentage points (95% CI {ciLow * 100:0}–{ciHigh * 100:0}; {p}; Cliff's delta {Math.Abs(c.EffectSize):0.00}; n = {(flip ? c.NB : c.NA)} and {(flip ? c.NA : c.NB)} articles).");
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{label}: {high} is higher than {low} by {diff:0.##} {metric.Unit} (95% CI {ciLow:0.##}–{ciHigh:0.##}; {p}; Cliff's delta {Math.Abs(c.EffectSize):0.00}; n = {(flip ? c.NB : c.NA)} and {(flip ? c.NA : c.NB)} articles).");
    }

    private static string Describe(MetricDefinition metric)
    {
        var text = metric.Description.TrimEnd('.');
        return text.Length > 90 ? metric.Name : text;
    }
}
