using FramingAnalyzer.Learning;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>The confusion-matrix and per-class F1 charts of an evaluation.</summary>
internal static class EvaluationCharts
{
    public static void Write(string directory, ClassifierTask task, ClassificationReport report)
    {
        _ = directory;
        _ = task;
        _ = report;
    }
}
