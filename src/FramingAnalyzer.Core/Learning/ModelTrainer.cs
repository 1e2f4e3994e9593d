using Microsoft.ML;

namespace FramingAnalyzer.Learning;

/// <summary>Trains a task's model on labelled examples, scores held-out examples, and saves models with their metadata.</summary>
public static class ModelTrainer
{
    public static ITransformer Fit(ClassifierTask task, IReadOnlyList<LabelledExample> examples, ModelOptions options, out MLContext ml, out DataViewSchema schema)
    {
        ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(ToRows(examples, options));
        schema = data.Schema;
        return PipelineFactory.Build(ml, task, options).Fit(data);
    }

    /// <summary>Predicted labels for examples with a fitted model (used for cross-validation folds and gold evaluation).</summary>
    public static List<string> PredictLabels(MLContext ml, ITransformer model, IReadOnlyList<LabelledExample> examples, ModelOptions options)
    {
        var scored = model.Transform(ml.Data.LoadFromEnumerable(ToRows(examples, options)));
        return ml.Data.CreateEnumerable<ModelOutputRow>(scored, reuseRowObject: false).Select(r => r.PredictedLabel).ToList();
    }

    /// <summary>Trains on all examples and saves model + metadata; returns the metadata written.</summary>
    public static ModelMetadata TrainAndSave(ClassifierTask task, IReadOnlyList<LabelledExample> examples, ModelOptions options, string path,
        IReadOnlyDictionary<string, double>? metrics = null)
    {
        var model = Fit(task, examples, options, out var ml, out var schema);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        ml.Model.Save(model, schema, path);
        var metadata = new ModelMetadata
        {
            Task = task.Name,
            Labels = examples.Select(e => e.Label).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray(),
            Trainer = options.Trainer.ToString(),
            Ngrams = options.Ngrams.ToString(),
            ExtraFeatures = options.Extra?.Name ?? "",
            Encoder = options.Encoder?.Name ?? "",
            EncoderSha256 = options.Encoder?.Fingerprint ?? "",
            EncoderScale = options.Encoder is null ? 0 : options.EncoderScale,
            Seed = options.Seed,
            TrainingDataSha256 = LabelledDataReader.Hash(examples),
            TrainingExamples = examples.Count,
            Metrics = metrics ?? new SortedDictionary<string, double>(),
        };
        metadata.WriteInto(path);
        // The exported scorer lets analyze score without loading ML.NET; only for models it can score exactly. It is read
        // out of the saved file, exactly as it would be at load time.
        var saved = ml.Model.Load(path, out var savedSchema);
        var scoreLabels = TextClassifierModel.ScoreLabels(saved, savedSchema, metadata.Labels);
        var scorer = LinearTextScorer.TryCreate(saved, savedSchema, options.Ngrams, withEmbedding: options.Encoder is not null);
        if (scorer is not null && scorer.Classes == scoreLabels.Length) scorer.WriteInto(path, scoreLabels);
        return metadata;
    }

    internal static List<ModelInputRow> ToRows(IReadOnlyList<LabelledExample> examples, ModelOptions options)
    {
        var embeddings = options.Encoder is null ? null : EncoderFeatures.Compute(options.Encoder, options.EncoderScale, examples.Select(e => e.Text).ToList());
        var rows = new List<ModelInputRow>(examples.Count);
        for (int i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            var row = new ModelInputRow { Text = e.Text, Context = e.Context, Label = e.Label };
            options.Extra?.Compute(e.Input, row.Extra);
            if (embeddings is not null) row.Embedding = embeddings[i];
            rows.Add(row);
        }
        return rows;
    }
}
