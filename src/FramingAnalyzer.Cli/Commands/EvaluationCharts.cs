using FramingAnalyzer.Charts;
using FramingAnalyzer.Learning;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>The confusion-matrix and per-class F1 charts of an evaluation (PNG and SVG).</summary>
internal static class EvaluationCharts
{
    public static void Write(string directory, ClassifierTask task, ClassificationReport report)
    {
        var labels = report.Labels;
        var counts = new long[labels.Count, labels.Count];
        for (int g = 0; g < labels.Count; g++) for (int p = 0; p < labels.Count; p++) counts[g, p] = report.Confusion[g, p];
        ChartSaver.Save(new ConfusionMatrixChart(labels, counts, $"Confusion matrix of the {task.Name} classifier ({report.Examples} gold examples)"),
            Path.Combine(directory, "confusion"));
        ChartSaver.Save(new ClassMetricsChart(labels, report.Classes.Select(c => c.F1).ToList(), report.Classes.Select(c => (long)c.Support).ToList(),
            $"F1 per class of the {task.Name} classifier (macro-F1 {report.MacroF1:0.000})"), Path.Combine(directory, "f1_per_class"));
    }
}
