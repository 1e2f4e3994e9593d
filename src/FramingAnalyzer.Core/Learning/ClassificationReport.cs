namespace FramingAnalyzer.Learning;

/// <summary>Precision, recall, F1 and support of one class.</summary>
public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Accuracy, per-class scores, macro-F1 (unweighted mean of the per-class F1) and the confusion matrix
/// (rows = gold label, columns = predicted label, both in <see cref="Labels"/> order).
/// </summary>
public sealed record ClassificationReport(IReadOnlyList<string> Labels, double Accuracy, double MacroF1, IReadOnlyList<ClassScores> Classes, int[,] Confusion, int Examples)
{
    public static ClassificationReport From(IReadOnlyList<string> labels, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var confusion = new int[labels.Count, labels.Count];
        int correct = 0;
        for (int k = 0; k < gold.Count; k++)
        {
            if (!index.TryGetValue(predicted[k], out int p)) continue;
            confusion[index[gold[k]], p]++;
            if (gold[k] == predicted[k]) correct++;
        }
        var classes = new List<ClassScores>();
        for (int c = 0; c < labels.Count; c++)
        {
            int tp = confusion[c, c], support = 0, predictedCount = 0;
            for (int k = 0; k < labels.Count; k++)
            {
                support += confusion[c, k];
                predictedCount += confusion[k, c];
            }
            double precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            double recall = support == 0 ? 0 : (double)tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.Add(new ClassScores(labels[c], precision, recall, f1, support));
        }
        var present = classes.Where(c => c.Support > 0).ToList();
        double macro = present.Count == 0 ? 0 : present.Average(c => c.F1);
        return new ClassificationReport(labels, gold.Count == 0 ? 0 : (double)correct / gold.Count, macro, classes, confusion, gold.Count);
    }

    /// <summary>The figures a model records about itself: accuracy, macro_f1 and f1:&lt;class&gt;.</summary>
    public SortedDictionary<string, double> AsDictionary()
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["accuracy"] = Math.Round(Accuracy, 4),
            ["macro_f1"] = Math.Round(MacroF1, 4),
        };
        foreach (var c in Classes.Where(c => c.Support > 0)) metrics["f1:" + c.Label] = Math.Round(c.F1, 4);
        return metrics;
    }
}
