using FramingAnalyzer.Encoders;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FramingAnalyzer.Learning;

/// <summary>
/// A trained model loaded once and used for batch scoring. Prediction engines are not thread-safe, so each thread gets
/// its own. Refuses a file that is not a framing model, belongs to another task, or was trained with other encoder
/// vectors than the run provides.
/// </summary>
public sealed class TextClassifierModel : IClassDistributions, IDisposable
{
    private readonly Lazy<MlNetModel> _mlNet;
    private readonly ExtraFeatures? _extra;
    private readonly ITextEncoder? _encoder;
    private readonly float _encoderScale;
    // The static tier seen through the fast scorer's weights: the encoder's share of the scores by table lookup.
    private readonly Lazy<StaticProjection?> _projection;
    private readonly string[] _scoreLabels;
    private readonly LinearTextScorer? _fast;

    /// <summary>The ML.NET side of a model, loaded when first needed (never, when the zip carries an exported scorer).</summary>
    private sealed class MlNetModel(MLContext ml, ITransformer model, DataViewSchema inputSchema) : IDisposable
    {
        public ITransformer Model { get; } = model;
        public DataViewSchema InputSchema { get; } = inputSchema;
        public ThreadLocal<PredictionEngine<ModelInputRow, ModelOutputRow>> Engines { get; } =
            new(() => ml.Model.CreatePredictionEngine<ModelInputRow, ModelOutputRow>(model, inputSchema), trackAllValues: true);

        public void Dispose()
        {
            foreach (var engine in Engines.Values) engine.Dispose();
            Engines.Dispose();
        }
    }

    private TextClassifierModel(string path, ModelMetadata metadata, ExtraFeatures? extra, ITextEncoder? encoder, Lazy<MlNetModel> mlNet, LinearTextScorer? fast, string[] scoreLabels)
    {
        _encoder = encoder;
        _encoderScale = (float)metadata.EncoderScale;
        _projection = new Lazy<StaticProjection?>(() =>
            encoder is StaticVectors table && fast is { ReadsEmbedding: true } ? table.ProjectOnto(fast.EmbeddingWeights, fast.Classes, _encoderScale) : null);
        Path = path;
        Metadata = metadata;
        _extra = extra;
        _mlNet = mlNet;
        _fast = fast;
        _scoreLabels = scoreLabels;
    }

    /// <summary>The encoder the model reads (null for a model trained without one).</summary>
    public ITextEncoder? Encoder => _encoder;

    /// <summary>True when predictions use the exported linear scorer rather than ML.NET's prediction engine.</summary>
    internal LinearTextScorer? FastScorer => _fast;

    public bool UsesFastScorer => _fast is not null && _fast.Classes == _scoreLabels.Length;

    /// <summary>Whether ML.NET's side of the model has been loaded (it is not needed to score a model with an exported scorer).</summary>
    internal bool MlNetLoaded => _mlNet.IsValueCreated;

    public string Path { get; }
    public ModelMetadata Metadata { get; }
    public string Task => Metadata.Task;
    public IReadOnlyList<string> Labels => Metadata.Labels;

    /// <summary>The class labels in the order of the model's scores (<see cref="Predict(IReadOnlyList{ClassifierInput}, float[][])"/>).</summary>
    public IReadOnlyList<string> ClassLabels => _scoreLabels;

    /// <param name="encoder">The run's encoder; required (with the same name and vectors) when the model was trained with one, ignored otherwise.</param>
    public static TextClassifierModel Load(string path, ClassifierTask task, ExtraFeatures? extra, ITextEncoder? encoder)
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
        var usedExtra = metadata.ExtraFeatures.Length > 0 ? extra : null;
        var usedEncoder = metadata.Encoder.Length > 0 ? CheckEncoder(path, metadata, encoder) : null;
        try
        {
            var exported = LinearTextScorer.TryReadFrom(path);
            if (exported is { } e) return new TextClassifierModel(path, metadata, usedExtra, usedEncoder, new Lazy<MlNetModel>(() => LoadMlNet(path, metadata)), e.Scorer, e.ClassLabels);
            var mlNet = LoadMlNet(path, metadata);
            var fast = Enum.TryParse<NgramKind>(metadata.Ngrams, out var ngrams)
                ? LinearTextScorer.TryCreate(mlNet.Model, mlNet.InputSchema, ngrams, withEmbedding: usedEncoder is not null) : null;
            return new TextClassifierModel(path, metadata, usedExtra, usedEncoder, new Lazy<MlNetModel>(mlNet), fast,
                ScoreLabels(mlNet.Model.GetOutputSchema(mlNet.InputSchema), metadata.Labels));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException or ArgumentException or IOException)
        {
            throw new ModelLoadException($"{path}: not a loadable ML.NET model ({ex.Message}).", ex);
        }
    }

    private static ITextEncoder CheckEncoder(string path, ModelMetadata metadata, ITextEncoder? encoder)
    {
        var tier = EncoderCatalog.TierOf(metadata.Encoder).ToString().ToLowerInvariant();
        if (encoder is null)
        {
            throw new ModelLoadException($"{path}: the model was trained with the encoder {metadata.Encoder}, and this run uses none; run with --encoder {tier}.");
        }
        if (!string.Equals(encoder.Name, metadata.Encoder, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"{path}: the model was trained with the encoder {metadata.Encoder}, and this run uses {encoder.Name}; run with --encoder {tier}, or train the model again with the run's encoder.");
        }
        if (!string.Equals(encoder.Fingerprint, metadata.EncoderSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelLoadException($"{path}: the model was trained with other vectors of {metadata.Encoder} (sha256 {Short(metadata.EncoderSha256)}) than this run has (sha256 {Short(encoder.Fingerprint)}); " +
                "train it again with the current vectors (bash corpora/models/retrain.sh), or restore the vectors file it was trained with.");
        }
        return encoder;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    private static MlNetModel LoadMlNet(string path, ModelMetadata metadata)
    {
        var ml = new MLContext(seed: metadata.Seed);
        var model = ml.Model.Load(path, out var schema);
        return new MlNetModel(ml, model, schema);
    }

    /// <summary>The class labels in the order of the model's Score column, as an exported scorer stores them.</summary>
    internal static string[] ScoreLabels(ITransformer model, DataViewSchema inputSchema, IReadOnlyList<string> fallback) =>
        ScoreLabels(model.GetOutputSchema(inputSchema), fallback);

    /// <summary>
    /// Builds now what the first prediction would otherwise build (the static tier seen through the model's weights,
    /// <see cref="StaticProjection"/>, a tenth of a second), so that a run can do it while it loads its other models.
    /// </summary>
    public void PrepareScoring()
    {
        if (UsesFastScorer) _ = _projection.Value;
    }

    public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs) =>
        UsesFastScorer ? PredictFast(inputs, null) : PredictWithMlNet(inputs, null);

    public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs, float[][] distributions)
    {
        if (distributions.Length < inputs.Count) throw new ArgumentException("One slot per input is needed.", nameof(distributions));
        return UsesFastScorer ? PredictFast(inputs, distributions) : PredictWithMlNet(inputs, distributions);
    }

    /// <param name="distributions">When not null, receives a copy of each input's probabilities.</param>
    private ClassifierPrediction[] PredictFast(IReadOnlyList<ClassifierInput> inputs, float[][]? distributions)
    {
        var results = new ClassifierPrediction[inputs.Count];
        Span<float> probabilities = stackalloc float[_scoreLabels.Length];
        var extra = _extra is null ? null : new float[ModelInputRow.ExtraFeatureCount];
        var projection = _projection.Value;
        var embeddings = projection is null ? EmbeddingsOf(inputs) : null;
        Span<float> encoderLogits = stackalloc float[_scoreLabels.Length];
        for (int i = 0; i < inputs.Count; i++)
        {
            if (projection is not null)
            {
                encoderLogits.Clear();
                projection.AddTo(inputs[i].Text, encoderLogits);
            }
            _fast!.Score(inputs[i].Text, inputs[i].Context, ExtraOf(inputs[i], extra), embeddings is null ? default : embeddings[i], probabilities,
                projection is null ? default : encoderLogits);
            int best = 0;
            for (int c = 1; c < probabilities.Length; c++) if (probabilities[c] > probabilities[best]) best = c;
            results[i] = new ClassifierPrediction(_scoreLabels[best], probabilities[best]);
            if (distributions is not null) distributions[i] = probabilities.ToArray();
        }
        return results;
    }

    private float[][]? EmbeddingsOf(IReadOnlyList<ClassifierInput> inputs)
    {
        if (_encoder is null) return null;
        var texts = new string[inputs.Count];
        for (int i = 0; i < texts.Length; i++) texts[i] = inputs[i].Text;
        return EncoderFeatures.Compute(_encoder, _encoderScale, texts);
    }

    private float[]? ExtraOf(ClassifierInput input, float[]? buffer)
    {
        if (buffer is null) return null;
        FillExtra(input, buffer);
        return buffer;
    }

    /// <summary>Predictions by ML.NET's own prediction engine (the reference the fast scorer is tested against).</summary>
    internal ClassifierPrediction[] PredictWithMlNet(IReadOnlyList<ClassifierInput> inputs, float[][]? distributions = null)
    {
        var engine = _mlNet.Value.Engines.Value!;
        var results = new ClassifierPrediction[inputs.Count];
        var row = new ModelInputRow();
        var output = new ModelOutputRow();
        var embeddings = EmbeddingsOf(inputs);
        for (int i = 0; i < inputs.Count; i++)
        {
            if (embeddings is not null) row.Embedding = embeddings[i];
            row.Text = inputs[i].Text;
            row.Context = inputs[i].Context;
            FillExtra(inputs[i], row.Extra);
            engine.Predict(row, ref output);
            int best = Array.IndexOf(_scoreLabels, output.PredictedLabel);
            results[i] = new ClassifierPrediction(output.PredictedLabel, best >= 0 && best < output.Score.Length ? output.Score[best] : float.NaN);
            if (distributions is not null) distributions[i] = (float[])output.Score.Clone();
        }
        return results;
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

    public void Dispose()
    {
        if (_mlNet.IsValueCreated) _mlNet.Value.Dispose();
    }
}
