using System.Collections.Concurrent;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// Fine-tunes the top <see cref="LayersToTrain"/> layers of all-MiniLM-L6-v2 for one of the tool's sentence tasks. The
/// frozen layers' states of each distinct text are computed once with ONNX Runtime (<see cref="MiniLmTransformer.RunToLayer"/>)
/// and shared by every fold; each fold then trains a fresh <see cref="TopLayerClassifier"/> from the pretrained weights.
/// Texts are cut to <see cref="MaxTokens"/> WordPiece tokens, [CLS] and [SEP] included.
/// </summary>
public sealed class TransformerFineTuner : IDisposable
{
    public const int MaxTokens = 128;
    private readonly MiniLmTransformer _transformer = new();
    private readonly WordPieceTokenizer _tokenizer = new(MiniLmTransformer.Vocabulary());
    private readonly MiniLmWeights _weights = MiniLmWeights.FromPackage();
    private readonly ConcurrentDictionary<string, float[]> _states = new(StringComparer.Ordinal);

    public TransformerFineTuner(int layersToTrain, FineTuneOptions options)
    {
        if (layersToTrain is < 1 or > MiniLmTransformer.LayerCount - 1)
            throw new TrainingDataException($"--fine-tune takes 1 to {MiniLmTransformer.LayerCount - 1} layers (the top ones are trained, the rest stay frozen).");
        LayersToTrain = layersToTrain;
        Options = options;
    }

    public int LayersToTrain { get; }
    public FineTuneOptions Options { get; }
    /// <summary>Where progress goes (a line per epoch); null for none.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Computes the frozen states of every text not seen yet (about 100 texts a second per core).</summary>
    public void Prepare(IEnumerable<string> texts)
    {
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !_states.ContainsKey(t)).ToList();
        if (missing.Count == 0) return;
        int frozenLayer = MiniLmTransformer.LayerCount - 1 - LayersToTrain;
        var started = DateTime.UtcNow;
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, text =>
            _states[text] = _transformer.RunToLayer(Frame(text), frozenLayer));
        Log?.WriteLine($"frozen states of {missing.Count} texts (layers 1-{frozenLayer + 1} of {MiniLmTransformer.LayerCount}) in {(DateTime.UtcNow - started).TotalSeconds:0} s");
    }

    /// <summary>Trains on <paramref name="train"/> and returns the predicted label of each of <paramref name="test"/>.</summary>
    public IReadOnlyList<string> FitAndPredict(ClassifierTask task, IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> test, int round)
    {
        var model = Fit(task, train, round);
        return Probabilities(model, test.Select(e => e.Text).ToList()).Select(p => task.Labels[TopLayerClassifier.MostProbable(p)]).ToList();
    }

    /// <summary>A fresh classifier from the pretrained weights, trained on <paramref name="train"/> (round: the fold, for its own seed).</summary>
    public TopLayerClassifier Fit(ClassifierTask task, IReadOnlyList<LabelledExample> train, int round)
    {
        Prepare(train.Select(e => e.Text));
        var model = NewModel(task, Options.Seed + round);
        var started = DateTime.UtcNow;
        model.Train(train.Select(e => _states[e.Text]).ToList(), train.Select(e => IndexOf(task.Labels, e.Label)).ToList(), Options with { Seed = Options.Seed + round },
            (epoch, loss) => Log?.WriteLine($"  round {round + 1}: epoch {epoch + 1}/{Options.Epochs}, training loss {loss:0.000} ({(DateTime.UtcNow - started).TotalSeconds:0} s)"));
        return model;
    }

    /// <summary>The untrained classifier: pretrained top layers and a head seeded by <paramref name="seed"/>.</summary>
    public TopLayerClassifier NewModel(ClassifierTask task, int seed) =>
        new(name => _weights[name].Data, MiniLmTransformer.LayerCount - LayersToTrain, MiniLmTransformer.LayerCount - 1, task.Labels.Count, seed);

    /// <summary>Class probabilities of each text under <paramref name="model"/> (frozen states computed as needed, 64 texts at a time).</summary>
    public float[][] Probabilities(TopLayerClassifier model, IReadOnlyList<string> texts)
    {
        Prepare(texts);
        var result = new float[texts.Count][];
        const int Batch = 64;
        for (int b = 0; b < texts.Count; b += Batch)
        {
            var chunk = texts.Skip(b).Take(Batch).Select(t => _states[t]).ToList();
            model.Probabilities(chunk).CopyTo(result, b);
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++) if (labels[i] == label) return i;
        throw new TrainingDataException($"label '{label}' is not one of {string.Join(", ", labels)}.");
    }

    private int[] Frame(string text)
    {
        var ids = new List<int>(64);
        _tokenizer.Tokenize(text, ids);
        int kept = Math.Min(ids.Count, MaxTokens - 2);
        var framed = new int[kept + 2];
        framed[0] = _tokenizer.ClassificationId;
        ids.CopyTo(0, framed, 1, kept);
        framed[^1] = _tokenizer.SeparatorId;
        return framed;
    }

    public void Dispose() => _transformer.Dispose();
}
