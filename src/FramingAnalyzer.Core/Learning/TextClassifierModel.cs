using Microsoft.ML;
using Microsoft.ML.Data;

namespace FramingAnalyzer.Learning;

/// <summary>
/// A trained model loaded once and used for batch scoring. Prediction engines are not thread-safe, so each thread gets
/// its own. Refuses a file that is not a framing model or belongs to another task.
/// </summary>
public sealed class TextClassifierModel : ITextClassifier, IDisposable
{
    private readonly ITransformer _model;
    private readonly ThreadLocal<PredictionEngine<ModelInputRow, ModelOutputRow>> _engines;
    private readonly ExtraFeatures? _extra;
    private readonly string[] _scoreLabels;

    private TextClassifierModel(string path, ModelMetadata metadata, ITransformer model, DataViewSchema inputSchema, MLContext ml, ExtraFeatures? extra)
    {
        Path = path;
        Metadata = metadata;
        _model = model;
        _extra = extra;
        _engines = new ThreadLocal<PredictionEngine<ModelInputRow, ModelOutputRow>>(
            () => ml.Model.CreatePredictionEngine<ModelInputRow, ModelOutputRow>(_model, inputSchema));
        _scoreLabels = ScoreLabels(model.GetOutputSchema(inputSchema), metadata.Labels);
    }

    public string Path { get; }
    public ModelMetadata Metadata { get; }
    public string Task => Metadata.Task;
    public IReadOnlyList<string> Labels => Metadata.Labels;

    public static TextClassifierModel Load(string path, ClassifierTask task, ExtraFeatures? extra)
    {
        var metadata = ModelMetadata.ReadFrom(path);
        if (!string.Equals(metadata.Task, task.Name, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"{path}: this is a model for task '{metadata.Task}', not '{task.Name}'.");
        }
        if (metadata.ExtraFeatures.Length > 0 && (extra is null || extra.Name != metadata.ExtraFeatures))
        {
            throw new ModelLoadException($"{path}: the model needs the extra features '{metadata.ExtraFeatures}', which are not available.");
        }
        var ml = new MLContext(seed: metadata.Seed);
        try
        {
            var model = ml.Model.Load(path, out var schema);
            return new TextClassifierModel(path, metadata, model, schema, ml, metadata.ExtraFeatures.Length > 0 ? extra : null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException or ArgumentException or IOException)
        {
            throw new ModelLoadException($"{path}: not a loadable ML.NET model ({ex.Message}).", ex);
        }
    }

    public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs)
    {
        var engine = _engines.Value!;
        var results = new ClassifierPrediction[inputs.Count];
        var row = new ModelInputRow();
        var output = new ModelOutputRow();
        for (int i = 0; i < inputs.Count; i++)
        {
            row.Text = inputs[i].Text;
            row.Context = inputs[i].Context;
            FillExtra(inputs[i], row.Extra);
            engine.Predict(row, ref output);
            int best = Array.IndexOf(_scoreLabels, output.PredictedLabel);
            results[i] = new ClassifierPrediction(output.PredictedLabel, best >= 0 && best < output.Score.Length ? output.Score[best] : float.NaN);
        }
        return results;
    }

    /// <summary>P(label) for each input: the score of that label's slot.</summary>
    public float[] ProbabilityOf(string label, IReadOnlyList<ClassifierInput> inputs)
    {
        int slot = Array.IndexOf(_scoreLabels, label);
        if (slot < 0) throw new ArgumentException($"Label '{label}' is not one of the model's labels.", nameof(label));
        var engine = _engines.Value!;
        var probabilities = new float[inputs.Count];
        var row = new ModelInputRow();
        var output = new ModelOutputRow();
        for (int i = 0; i < inputs.Count; i++)
        {
            row.Text = inputs[i].Text;
            row.Context = inputs[i].Context;
            FillExtra(inputs[i], row.Extra);
            engine.Predict(row, ref output);
            probabilities[i] = output.Score[slot];
        }
        return probabilities;
    }

    private void FillExtra(ClassifierInput input, float[] extra)
    {
        Array.Clear(extra);
        if (_extra is null) return;
        if (input.Extra is { } given) given.AsSpan(0, Math.Min(given.Length, extra.Length)).CopyTo(extra);
        else _extra.Compute(input, extra);
    }

    private static string[] ScoreLabels(DataViewSchema outputSchema, IReadOnlyList<string> fallback)
    {
        var score = outputSchema["Score"];
        if (score.HasSlotNames())
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            score.GetSlotNames(ref names);
            return names.DenseValues().Select(n => n.ToString()).ToArray();
        }
        return fallback.OrderBy(l => l, StringComparer.Ordinal).ToArray();
    }

    public void Dispose() => _engines.Dispose();
}
