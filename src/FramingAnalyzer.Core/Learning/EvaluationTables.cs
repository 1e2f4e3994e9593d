using FramingAnalyzer.Output;

namespace FramingAnalyzer.Learning;

/// <summary>
/// metrics.csv (one row per class plus the overall rows), confusion.csv (gold, predicted, count) and predictions.csv
/// (one row per example: its line in the data file, gold and predicted label, the predicted label's probability) of an evaluation.
/// </summary>
public static class EvaluationTables
{
    public static void WritePredictions(string directory, IReadOnlyList<LabelledExample> examples, IReadOnlyList<ClassifierPrediction> predictions)
    {
        Directory.CreateDirectory(directory);
        using var table = new TableWriter(Path.Combine(directory, "predictions.csv"), ["line", "gold", "predicted", "probability"]);
        for (int i = 0; i < examples.Count; i++)
        {
            table.Integer(examples[i].Line).Text(examples[i].Label).Text(predictions[i].Label).Number(predictions[i].Probability);
            table.EndRow();
        }
    }

    public static void Write(string directory, ClassificationReport report)
    {
        Directory.CreateDirectory(directory);
        using (var metrics = new TableWriter(Path.Combine(directory, "metrics.csv"), ["class", "precision", "recall", "f1", "support"]))
        {
            foreach (var c in report.Classes)
            {
                metrics.Text(c.Label).Number(c.Precision).Number(c.Recall).Number(c.F1).Integer(c.Support);
                metrics.EndRow();
            }
            metrics.Text("macro_avg").Number(report.Classes.Where(c => c.Support > 0).Select(c => c.Precision).DefaultIfEmpty().Average())
                .Number(report.Classes.Where(c => c.Support > 0).Select(c => c.Recall).DefaultIfEmpty().Average()).Number(report.MacroF1).Integer(report.Examples);
            metrics.EndRow();
            metrics.Text("accuracy").Number(double.NaN).Number(double.NaN).Number(report.Accuracy).Integer(report.Examples);
            metrics.EndRow();
        }
        using var confusion = new TableWriter(Path.Combine(directory, "confusion.csv"), ["gold", "predicted", "count"]);
        for (int g = 0; g < report.Labels.Count; g++)
        {
            for (int p = 0; p < report.Labels.Count; p++)
            {
                confusion.Text(report.Labels[g]).Text(report.Labels[p]).Integer(report.Confusion[g, p]);
                confusion.EndRow();
            }
        }
    }
}
