using FramingAnalyzer.Loaded;
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
        using var model = ModelCatalog.LoadWithOwnEncoder(ShippedModels.ModelPath(task), task, LoadedTaskFeatures.For(task));
        Assert.True(model.UsesFastScorer);
        var inputs = LabelledDataReader.Read(task, [ShippedModels.Files(task).Gold]).Select(e => e.Input).ToList();
        inputs.Add(new ClassifierInput("Élan, naïve café — “quoted” text with a tab\tand  two spaces.", "Context with Ünïcödé"));
        // N-grams with a char above U+00FF go through the wide table, the rest through the Latin-1 one; windows that mix them too.
        inputs.Add(new ClassifierInput("Ο υπουργός said “Ελλάδα” — 日本の and ‘quotes’ after É; a€b, x’s, “a”.", "Ελλάδα"));
        // Real article sentences too: curly quotes, dashes, abbreviations, numbers.
        foreach (var item in FramingAnalyzer.Input.InputCatalog.Read([Path.Combine(ShippedModels.Corpora, "sample")], new FramingAnalyzer.Input.ReaderOptions()))
        {
            if (item.Article is null) continue;
            var document = FramingAnalyzer.Text.DocumentBuilder.Build(item.Article);
            inputs.AddRange(document.Sentences.Select(s => new ClassifierInput(document.Slice(s.Span), document.Slice(s.Span))));
        }
        var fast = model.Predict(inputs);
        Assert.False(model.MlNetLoaded); // the shipped zip carries its exported scorer: scoring needs no ML.NET
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

    [Theory]
    [MemberData(nameof(ShippedModels.Tasks), MemberType = typeof(ShippedModels))]
    public void The_scorer_stored_in_the_model_zip_is_the_one_read_out_of_its_ml_net_model(string taskName)
    {
        var task = ClassifierTask.Find(taskName)!;
        var path = ShippedModels.ModelPath(task);
        var stored = LinearTextScorer.TryReadFrom(path);
        Assert.NotNull(stored);

        var metadata = ModelMetadata.ReadFrom(path);
        var ml = new Microsoft.ML.MLContext(seed: metadata.Seed);
        var model = ml.Model.Load(path, out var schema);
        var fromModel = LinearTextScorer.TryCreate(model, schema, Enum.Parse<NgramKind>(metadata.Ngrams), withEmbedding: metadata.Encoder.Length > 0)!;
        var encoder = FramingAnalyzer.Encoders.EncoderCatalog.For(FramingAnalyzer.Encoders.EncoderCatalog.TierOf(metadata.Encoder));
        Assert.Equal(TextClassifierModel.ScoreLabels(model, schema, metadata.Labels), stored.Value.ClassLabels);

        var sentences = LabelledDataReader.Read(task, [ShippedModels.Files(task).Gold]).Select(e => e.Input).ToList();
        var extra = new float[ModelInputRow.ExtraFeatureCount];
        var features = LoadedTaskFeatures.For(task);
        Span<float> a = stackalloc float[fromModel.Classes], b = stackalloc float[fromModel.Classes];
        foreach (var input in sentences)
        {
            features?.Compute(input, extra);
            var embedding = encoder is null ? [] : EncoderFeatures.Compute(encoder, (float)metadata.EncoderScale, [input.Text])[0];
            fromModel.Score(input.Text, input.Context, features is null ? null : extra, embedding, a);
            stored.Value.Scorer.Score(input.Text, input.Context, features is null ? null : extra, embedding, b);
            Assert.True(a.SequenceEqual(b), input.Text);
        }
    }

    [Fact]
    public void A_model_zip_without_a_stored_scorer_is_scored_through_ml_net_with_the_same_results()
    {
        var task = ClassifierTask.SourceType;
        var copy = Path.Combine(Path.GetTempPath(), $"framing-no-scorer-{Guid.NewGuid():N}.zip");
        File.Copy(ShippedModels.ModelPath(task), copy);
        try
        {
            using (var zip = System.IO.Compression.ZipFile.Open(copy, System.IO.Compression.ZipArchiveMode.Update)) zip.GetEntry(LinearTextScorer.EntryName)!.Delete();
            using var older = ModelCatalog.LoadWithOwnEncoder(copy, task, null);
            using var shipped = ModelCatalog.LoadWithOwnEncoder(ShippedModels.ModelPath(task), task, null);
            var inputs = LabelledDataReader.Read(task, [ShippedModels.Files(task).Gold]).Select(e => e.Input).ToList();

            Assert.True(older.MlNetLoaded);
            Assert.True(older.UsesFastScorer);
            Assert.Equal(shipped.Predict(inputs), older.Predict(inputs));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Every_class_probability_comes_with_the_same_predictions_by_both_scorers()
    {
        var task = ClassifierTask.SourceType;
        using var model = ModelCatalog.LoadWithOwnEncoder(ShippedModels.ModelPath(task), task, null);
        var inputs = LabelledDataReader.Read(task, [ShippedModels.Files(task).Gold]).Select(e => e.Input).ToList();
        var fast = new float[inputs.Count][];
        var reference = new float[inputs.Count][];
        Assert.Equal(model.Predict(inputs), model.Predict(inputs, fast));
        var byMlNet = model.PredictWithMlNet(inputs, reference);
        for (int i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(model.ClassLabels.Count, fast[i].Length);
            Assert.Equal(1.0, fast[i].Sum(), 3);
            int best = Array.IndexOf(fast[i], fast[i].Max());
            Assert.Equal(model.ClassLabels[best], byMlNet[i].Label);
            for (int c = 0; c < fast[i].Length; c++) Assert.True(Math.Abs(fast[i][c] - reference[i][c]) < 1e-4, inputs[i].Text);
        }
    }
}
