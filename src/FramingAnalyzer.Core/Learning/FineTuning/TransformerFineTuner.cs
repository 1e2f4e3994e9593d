using System.Collections.Concurrent;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// Fine-tunes the top <see cref="LayersToTrain"/> layers of all-MiniLM-L6-v2 for one of the tool's tasks. The frozen
/// layers' states of each distinct input are computed once with ONNX Runtime (<see cref="MiniLmTransformer.RunToLayer"/>)
/// and shared by every fold; each fold then trains a fresh <see cref="TopLayerClassifier"/> from the pretrained weights.
/// An input is framed as BERT frames a pair: "[CLS] text [SEP]", or "[CLS] text [SEP] context [SEP]" when it has a
/// context (a source phrase and its sentence), cut to <see cref="MaxTokens"/> WordPiece tokens (the context is cut first).
/// </summary>
public sealed class TransformerFineTuner : IDisposable
{
    public const int MaxTokens = 128;
    private readonly MiniLmTransformer _transformer = new();
    private readonly WordPieceTokenizer _tokenizer = new(MiniLmTransformer.Vocabulary());
    private readonly MiniLmWeights _weights;
    private readonly ConcurrentDictionary<string, float[]> _states = new(StringComparer.Ordinal);

    public TransformerFineTuner(int layersToTrain, FineTuneOptions options) : this(Checked(layersToTrain), options, MiniLmTransformer.ReadModel())
    {
    }

    /// <param name="package">The package's model, already read (its pretrained weights are taken from it).</param>
    public TransformerFineTuner(int layersToTrain, FineTuneOptions options, OnnxModelFile package)
    {
        _weights = MiniLmWeights.From(package);
        LayersToTrain = Checked(layersToTrain);
        Options = options;
    }

    public int LayersToTrain { get; }

    /// <summary>The layer count, refused before the package's model is read when it is out of range.</summary>
    private static int Checked(int layersToTrain) => layersToTrain is < 1 or > MiniLmTransformer.LayerCount - 1
        ? throw new TrainingDataException($"--fine-tune takes 1 to {MiniLmTransformer.LayerCount - 1} layers (the top ones are trained, the rest stay frozen).")
        : layersToTrain;

    /// <summary>The package's pretrained values of a parameter (PyTorch name), or null when the transformer has none of that name (the head).</summary>
    public float[]? Pretrained(string name) => _weights.Parameters.TryGetValue(name, out var tensor) ? tensor.Data : null;
    public FineTuneOptions Options { get; }
    /// <summary>Where progress goes (a line per epoch); null for none.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Computes the frozen states of every text not seen yet (about 100 texts a second per core).</summary>
    public void Prepare(IEnumerable<ClassifierInput> inputs)
    {
        var missing = inputs.DistinctBy(Key, StringComparer.Ordinal).Where(i => !_states.ContainsKey(Key(i))).ToList();
        if (missing.Count == 0) return;
        var started = DateTime.UtcNow;
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, input =>
            _states[Key(input)] = FrozenStates(input));
        Log?.WriteLine($"frozen states of {missing.Count} texts (layers 1-{FrozenLayer + 1} of {MiniLmTransformer.LayerCount}) in {(DateTime.UtcNow - started).TotalSeconds:0} s");
    }

    private int FrozenLayer => MiniLmTransformer.LayerCount - 1 - LayersToTrain;

    private float[] FrozenStates(ClassifierInput input) => _transformer.RunToLayer(Frame(input), FrozenLayer);

    /// <summary>The cache key of an input: its text, and its context after a separator no text contains.</summary>
    private static string Key(ClassifierInput input) => input.Context.Length == 0 ? input.Text : input.Text + "\u0000" + input.Context;

    /// <summary>Trains on <paramref name="train"/> and returns the predicted label of each of <paramref name="test"/>.</summary>
    public IReadOnlyList<string> FitAndPredict(ClassifierTask task, IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> test, int round)
    {
        var model = Fit(task, train, round);
        return Probabilities(model, test.Select(e => e.Input).ToList()).Select(p => task.Labels[TopLayerClassifier.MostProbable(p)]).ToList();
    }

    /// <summary>A fresh classifier from the pretrained weights, trained on <paramref name="train"/> (round: the fold, for its own seed).</summary>
    public TopLayerClassifier Fit(ClassifierTask task, IReadOnlyList<LabelledExample> train, int round)
    {
        Prepare(train.Select(e => e.Input));
        var model = NewModel(task, Options.Seed + round);
        var started = DateTime.UtcNow;
        model.Train(train.Select(e => _states[Key(e.Input)]).ToList(), train.Select(e => IndexOf(task.Labels, e.Label)).ToList(), Options with { Seed = Options.Seed + round },
            (epoch, loss) => Log?.WriteLine($"  round {round + 1}: epoch {epoch + 1}/{Options.Epochs}, training loss {loss:0.000} ({(DateTime.UtcNow - started).TotalSeconds:0} s)"));
        return model;
    }

    /// <summary>The untrained classifier: pretrained top layers and a head seeded by <paramref name="seed"/>.</summary>
    public TopLayerClassifier NewModel(ClassifierTask task, int seed) =>
        new(name => _weights[name].Data, MiniLmTransformer.LayerCount - LayersToTrain, MiniLmTransformer.LayerCount - 1, task.Labels.Count, seed);

    /// <summary>
    /// Class probabilities of each input under <paramref name="model"/>, 64 inputs at a time, by the training code
    /// (training and cross-validation; the frozen states are kept for later calls).
    /// </summary>
    public float[][] Probabilities(TopLayerClassifier model, IReadOnlyList<ClassifierInput> inputs)
    {
        Prepare(inputs);
        var result = new float[inputs.Count][];
        const int Batch = 64;
        for (int b = 0; b < inputs.Count; b += Batch)
        {
            var states = inputs.Skip(b).Take(Batch).Select(i => _states[Key(i)]).ToList();
            model.Probabilities(states).CopyTo(result, b);
        }
        return result;
    }

    /// <summary>
    /// The transformer with <paramref name="model"/>'s trained layers in place of the package's, as an ONNX Runtime
    /// model: analysis runs it like the contextual tier's transformer, several times faster than the training code.
    /// </summary>
    public MiniLmTransformer ExportToOnnx(TopLayerClassifier model) => ExportToOnnx(model, MiniLmTransformer.ReadModel());

    /// <param name="package">The package's model, already read.</param>
    public MiniLmTransformer ExportToOnnx(TopLayerClassifier model, OnnxModelFile package)
    {
        var layers = model.Layers.SelectMany(l => l.Parameters).Select(p => (p.Name, p.Values));
        return new MiniLmTransformer(package.WithInitializers(MiniLmWeights.AsInitializers(package, layers)));
    }

    /// <summary>Class probabilities of each input, its layers run by <paramref name="exported"/> (<see cref="ExportToOnnx"/>) and the head by <paramref name="model"/>.</summary>
    public float[][] Probabilities(MiniLmTransformer exported, TopLayerClassifier model, IReadOnlyList<ClassifierInput> inputs)
    {
        var result = new float[inputs.Count][];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            result[i] = model.HeadProbabilities(exported.RunToLayer(Frame(inputs[i]), MiniLmTransformer.LayerCount - 1)));
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++) if (labels[i] == label) return i;
        throw new TrainingDataException($"label '{label}' is not one of {string.Join(", ", labels)}.");
    }

    private int[] Frame(ClassifierInput input)
    {
        var text = new List<int>(64);
        _tokenizer.Tokenize(input.Text, text);
        var context = new List<int>(64);
        if (input.Context.Length > 0) _tokenizer.Tokenize(input.Context, context);
        int textKept = Math.Min(text.Count, MaxTokens - 2);
        int contextKept = context.Count == 0 ? 0 : Math.Max(0, Math.Min(context.Count, MaxTokens - 3 - textKept));
        var framed = new List<int>(textKept + contextKept + 3) { _tokenizer.ClassificationId };
        framed.AddRange(text.Take(textKept));
        framed.Add(_tokenizer.SeparatorId);
        if (contextKept > 0)
        {
            framed.AddRange(context.Take(contextKept));
            framed.Add(_tokenizer.SeparatorId);
        }
        return [.. framed];
    }

    public void Dispose() => _transformer.Dispose();
}
