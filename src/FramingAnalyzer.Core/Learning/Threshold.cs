using FramingAnalyzer.Lexicons;
using System.Globalization;

namespace FramingAnalyzer.Learning;

/// <summary>A floor on one metric of a classification report: <c>macro_f1</c>, <c>accuracy</c> or <c>f1:&lt;class&gt;</c>.</summary>
public sealed record Threshold(string Metric, double Minimum)
{
    public ThresholdResult Check(ClassificationReport report)
    {
        double actual = Metric switch
        {
            "macro_f1" => report.MacroF1,
            "accuracy" => report.Accuracy,
            _ when Metric.StartsWith("f1:", StringComparison.Ordinal) =>
                report.Classes.FirstOrDefault(c => c.Label == Metric[3..])?.F1 ?? double.NaN,
            _ => double.NaN,
        };
        return new ThresholdResult(this, actual, !double.IsNaN(actual) && actual >= Minimum - 1e-12);
    }

    /// <summary>
    /// Reads a thresholds file (CSV: task,metric,min) and returns the floors for one task.
    /// Errors name the file and line.
    /// </summary>
    public static List<Threshold> ReadFile(string path, string task)
    {
        var thresholds = new List<Threshold>();
        foreach (var (line, field) in LexiconFileReader.Rows(path, "task", "metric", "min"))
        {
            if (!string.Equals(field("task"), task, StringComparison.OrdinalIgnoreCase)) continue;
            thresholds.Add(Parse(field("metric"), field("min"), $"{path}:{line}"));
        }
        return thresholds;
    }

    public static Threshold Parse(string metric, string minimum, string where)
    {
        metric = metric.Trim();
        if (metric is not ("macro_f1" or "accuracy") && !metric.StartsWith("f1:", StringComparison.Ordinal))
        {
            throw new TrainingDataException($"{where}: unknown metric '{metric}' (use macro_f1, accuracy or f1:CLASS).");
        }
        if (!double.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out var min) || min < 0 || min > 1)
        {
            throw new TrainingDataException($"{where}: minimum '{minimum}' is not a number between 0 and 1.");
        }
        return new Threshold(metric, min);
    }
}

/// <summary>Whether a threshold held, with the measured value.</summary>
public sealed record ThresholdResult(Threshold Threshold, double Actual, bool Passed)
{
    public string Describe() => Passed
        ? string.Create(CultureInfo.InvariantCulture, $"{Threshold.Metric} = {Actual:0.0000} ≥ {Threshold.Minimum:0.0000}")
        : double.IsNaN(Actual)
            ? $"{Threshold.Metric}: not measured (no such class in the gold data)"
            : string.Create(CultureInfo.InvariantCulture, $"{Threshold.Metric} = {Actual:0.0000} < {Threshold.Minimum:0.0000} (short by {Threshold.Minimum - Actual:0.0000})");
}
