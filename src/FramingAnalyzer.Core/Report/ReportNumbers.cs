using System.Globalization;
using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Report;

/// <summary>
/// The report's one number format, the one the charts use: shares as whole percentages ("81%") and their differences
/// as whole percentage points, other metrics with one decimal ("12.7"), counts with thousands separators, Cliff's delta
/// with two decimals, adjusted p-values with three ("0.004", "< 0.001"), intervals as "low–high".
/// </summary>
public static class ReportNumbers
{
    /// <summary>A metric value in its unit: "81%" for a share, "12.7" otherwise.</summary>
    public static string Value(double value, MetricDefinition metric) =>
        metric.IsShare ? Inv($"{Round(value * 100, 0):0}%") : Number(value);

    /// <summary>A difference: "65 percentage points" for shares, "12.7" otherwise (the sign is left to the sentence).</summary>
    public static string Difference(double value, MetricDefinition metric) =>
        metric.IsShare ? Inv($"{Round(value * 100, 0):0} percentage points") : Number(value);

    /// <summary>An interval without the unit: "60–72" (percentage points or percent for shares).</summary>
    public static string Interval(double low, double high, MetricDefinition metric) =>
        metric.IsShare ? Inv($"{Minus(Round(low * 100, 0).ToString("0", CultureInfo.InvariantCulture))}–{Minus(Round(high * 100, 0).ToString("0", CultureInfo.InvariantCulture))}")
            : $"{Number(low)}–{Number(high)}";

    public static string Delta(double delta) => Minus(Inv($"{Round(delta, 2):0.00}"));

    public static string AdjustedP(double p) => p < 0.001 ? "adjusted p < 0.001" : Inv($"adjusted p = {Round(p, 3):0.000}");

    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Number(double value) => Minus(Round(value, 1).ToString("#,0.0", CultureInfo.InvariantCulture));

    /// <summary>Rounds half away from zero (as people do) and turns −0 into 0.</summary>
    private static double Round(double value, int digits)
    {
        double rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }

    private static string Minus(string text) => text.StartsWith('-') ? "−" + text[1..] : text;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
