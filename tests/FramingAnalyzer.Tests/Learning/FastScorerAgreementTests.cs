using FramingAnalyzer.Learning;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Learning;

/// <summary>The exported linear scorer gives ML.NET's own predictions: same labels, same probabilities, on every gold sentence.</summary>
public sealed class FastScorerAgreementTests(ITestOutputHelper log)
{
    [Theory]
    [MemberData(nameof(ShippedModels.Tasks), MemberType = typeof(ShippedModels))]
    public void Fast_scorer_agrees_with_the_ml_net_prediction_engine_on_the_gold_set(string taskName)
    {
        var task = ClassifierTask.Find(taskName)!;
        using var model = TextClassifierModel.Load(ShippedModels.ModelPath(task), task, ModelCatalog.FeaturesFor(task));
        Assert.True(model.UsesFastScorer);
        var inputs = LabelledDataReader.Read(task, [ShippedModels.Files(task).Gold]).Select(e => e.Input).ToList();
        inputs.Add(new ClassifierInput("Élan, naïve café — “quoted” text with a tab\tand  two spaces.", "Context with Ünïcödé"));
        // Real article sentences too: curly quotes, dashes, abbreviations, numbers.
        foreach (var item in FramingAnalyzer.Input.InputCatalog.Read([Path.Combine(ShippedModels.Corpora, "sample")], new FramingAnalyzer.Input.ReaderOptions()))
        {
            if (item.Article is null) continue;
            var document = FramingAnalyzer.Text.DocumentBuilder.Build(item.Article);
            inputs.AddRange(document.Sentences.Select(s => new ClassifierInput(document.Slice(s.Span), document.Slice(s.Span))));
        }
        var fast = model.Predict(inputs);
        var reference = model.PredictWithMlNet(inputs);
        double worst = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(reference[i].Label, fast[i].Label);
            worst = Math.Max(worst, Math.Abs(reference[i].Probability - fast[i].Probability));
        }
        log.WriteLine($"{task.Name}: {inputs.Count} inputs, largest probability difference {worst:E2}");
        Assert.True(worst < 1e-4, $"largest probability difference {worst}");
    }
}
