namespace FramingAnalyzer.Learning;

/// <summary>
/// Stratified k-fold cross-validation with a seeded assignment of examples to folds (examples sharing a group key,
/// such as a minimal pair, stay in the same fold so a pair never straddles train and test). Reports the pooled
/// classification report over all held-out predictions and the per-fold macro-F1.
/// </summary>
public static class CrossValidation
{
    public sealed record Result(ClassificationReport Pooled, IReadOnlyList<double> FoldMacroF1);

    public static int[] AssignFolds(IReadOnlyList<LabelledExample> examples, int folds, int seed, Func<LabelledExample, string?>? group = null)
    {
        var assignment = new int[examples.Count];
        var random = new Statistics.SeededRandom((ulong)seed * 7919UL + 17);
        // Units: groups (or single examples), stratified by the label of their first member.
        var units = new List<(string Label, List<int> Members)>();
        var byGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < examples.Count; i++)
        {
            var key = group?.Invoke(examples[i]);
            if (!string.IsNullOrEmpty(key) && byGroup.TryGetValue(key, out int unit)) { units[unit].Members.Add(i); continue; }
            if (!string.IsNullOrEmpty(key)) byGroup[key] = units.Count;
            units.Add((examples[i].Label, [i]));
        }
        foreach (var stratum in units.GroupBy(u => u.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = stratum.ToList();
            for (int i = list.Count - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }
            for (int k = 0; k < list.Count; k++) foreach (int member in list[k].Members) assignment[member] = k % folds;
        }
        return assignment;
    }

    public static Result Run(ClassifierTask task, IReadOnlyList<LabelledExample> examples, ModelOptions options, int folds, Func<LabelledExample, string?>? group = null) =>
        Run(task, examples, options.Seed, folds, group, (train, test, fold) =>
        {
            var model = ModelTrainer.Fit(task, train, options, out var ml, out _);
            return ModelTrainer.PredictLabels(ml, model, test, options);
        });

    /// <summary>The same folds with any learner: <paramref name="fitAndPredict"/> trains on a fold's training part and labels its test part.</summary>
    public static Result Run(ClassifierTask task, IReadOnlyList<LabelledExample> examples, int seed, int folds, Func<LabelledExample, string?>? group,
        Func<List<LabelledExample>, List<LabelledExample>, int, IReadOnlyList<string>> fitAndPredict)
    {
        if (folds < 2) throw new TrainingDataException("--folds must be at least 2.");
        var assignment = AssignFolds(examples, folds, seed, group);
        var gold = new List<string>();
        var predicted = new List<string>();
        var foldF1 = new List<double>();
        var labels = task.Labels.Where(l => examples.Any(e => e.Label == l)).ToArray();
        for (int f = 0; f < folds; f++)
        {
            var train = examples.Where((_, i) => assignment[i] != f).ToList();
            var test = examples.Where((_, i) => assignment[i] == f).ToList();
            if (test.Count == 0 || train.Select(e => e.Label).Distinct().Count() < 2) continue;
            var foldPredicted = fitAndPredict(train, test, f);
            var foldGold = test.Select(e => e.Label).ToList();
            foldF1.Add(ClassificationReport.From(labels, foldGold, foldPredicted).MacroF1);
            gold.AddRange(foldGold);
            predicted.AddRange(foldPredicted);
        }
        return new Result(ClassificationReport.From(labels, gold, predicted), foldF1);
    }
}
