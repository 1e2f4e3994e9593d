using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;
using Microsoft.ML;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>
/// Classifier scoring with the shipped ML.NET models, as the analyzers call it: one <see cref="TextClassifierModel.Predict"/>
/// per article over its scored sentences. Per article. The source-type model reads a source phrase with its sentence;
/// here the phrase is the sentence's first four words (the cost depends on lengths, not on what the phrase is).
/// <see cref="LoadedExtraFeatures"/> isolates the lexicon features the loaded model computes for every sentence;
/// <see cref="TransformBatch"/> scores the same rows through one <c>ITransformer.Transform</c> over an <c>IDataView</c>
/// per article instead of a <c>PredictionEngine</c> call per row (the alternative ML.NET recommends for batches).
/// </summary>
public class ClassifierBenchmarks
{
    private ClassifierInput[][] _inputs = [];
    private TextClassifierModel? _model;
    private ExtraFeatures? _extra;
    private MLContext _ml = null!;
    private ITransformer? _transformer;
    private ModelInputRow[][] _rows = [];

    [Params("loaded", "function", "source_type")]
    public string Task { get; set; } = "loaded";

    [GlobalSetup]
    public void Setup()
    {
        var task = ClassifierTask.Find(Task) ?? throw new InvalidOperationException($"No task '{Task}'.");
        _extra = ModelCatalog.FeaturesFor(task);
        _model = ModelCatalog.TryLoad(task, null, _extra)?.Model;
        _inputs = SampleSet.Documents()
            .Select(d => d.Sentences.Where(s => s.Role != ParagraphRole.Note).Select(s => Input(task, d.Slice(s.Span))).ToArray())
            .ToArray();
        _ml = new MLContext(seed: 1);
        var path = ModelCatalog.PathFor(task, null);
        if (File.Exists(path)) _transformer = _ml.Model.Load(path, out _);
        _rows = _inputs.Select(article => article.Select(_ => new ModelInputRow()).ToArray()).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _model?.Dispose();

    /// <summary>Scored sentences over the sample set (to turn per-article times into per-sentence ones).</summary>
    public int Sentences => _inputs.Sum(i => i.Length);

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public int Predict()
    {
        if (_model is null) return 0; // model not shipped: nothing to measure
        int n = 0;
        foreach (var article in _inputs) n += _model.Predict(article).Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public int TransformBatch()
    {
        if (_transformer is null) return 0;
        int n = 0;
        for (int a = 0; a < _inputs.Length; a++)
        {
            var rows = _rows[a];
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i].Text = _inputs[a][i].Text;
                rows[i].Context = _inputs[a][i].Context;
                Array.Clear(rows[i].Extra);
                _extra?.Compute(_inputs[a][i], rows[i].Extra);
            }
            var scored = _transformer.Transform(_ml.Data.LoadFromEnumerable(rows));
            foreach (var output in _ml.Data.CreateEnumerable<ModelOutputRow>(scored, reuseRowObject: true)) n += output.Score.Length;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public float LoadedExtraFeatures()
    {
        if (_extra is null) return 0; // only the loaded task has extra features
        var features = new float[ModelInputRow.ExtraFeatureCount];
        float sum = 0;
        foreach (var article in _inputs)
        {
            foreach (var input in article)
            {
                _extra.Compute(input, features);
                sum += features[0];
            }
        }
        return sum;
    }

    private static ClassifierInput Input(ClassifierTask task, string sentence) =>
        task.ContextColumn is null ? new ClassifierInput(sentence) : new ClassifierInput(string.Join(' ', sentence.Split(' ').Take(4)), sentence);
}
