using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;
using Microsoft.ML;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>
/// Classifier scoring with the shipped models, as the analyzers call it: one <see cref="TextClassifierModel.Predict"/> per
/// article over its scored sentences (the loaded model with its lexicon features already computed from the article, as
/// <c>LoadedWordingAnalyzer</c> passes them). Per article. The source-type model reads a source phrase with its
/// sentence; here the phrase is the sentence's first four words (the cost depends on lengths, not on the phrase).
/// (<see cref="LoadedFeatureBenchmarks"/> measures those lexicon features on their own.)
/// <see cref="TransformBatch"/> is the ML.NET reference: the same rows through one <c>ITransformer.Transform</c> over an
/// <c>IDataView</c> per article.
/// </summary>
public class ClassifierBenchmarks
{
    private ClassifierInput[][] _inputs = [];
    private TextClassifierModel? _model;
    private ExtraFeatures? _extra;
    private Loaded.LoadedSentenceFeatures? _features;
    private Document[] _documents = [];
    private MLContext _ml = null!;
    private ITransformer? _transformer;
    private ModelInputRow[][] _rows = [];

    [Params("loaded", "function", "source_type")]
    public string Task { get; set; } = "loaded";

    [GlobalSetup]
    public void Setup()
    {
        var task = ClassifierTask.Find(Task) ?? throw new InvalidOperationException($"No task '{Task}'.");
        _features = task == ClassifierTask.Loaded ? LoadedTaskFeatures.SentenceFeatures() : null;
        _extra = _features?.AsExtraFeatures();
        _model = ModelCatalog.TryLoad(task, null, _extra)?.Model as TextClassifierModel;
        _documents = SampleSet.Documents();
        _inputs = _documents
            .Select(d => d.Sentences.Where(s => s.Role != ParagraphRole.Note).Select(s => Input(task, d, s)).ToArray())
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
                _inputs[a][i].Extra?.CopyTo(rows[i].Extra, 0);
            }
            var scored = _transformer.Transform(_ml.Data.LoadFromEnumerable(rows));
            foreach (var output in _ml.Data.CreateEnumerable<ModelOutputRow>(scored, reuseRowObject: true)) n += output.Score.Length;
        }
        return n;
    }

    private ClassifierInput Input(ClassifierTask task, Document document, Sentence sentence)
    {
        var text = document.Slice(sentence.Span);
        if (task.ContextColumn is not null) return new ClassifierInput(string.Join(' ', text.Split(' ').Take(4)), text);
        return new ClassifierInput(text, "", _features?.ComputeFor(document, sentence));
    }
}
