using System.Numerics.Tensors;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// A text classifier that fine-tunes the top layers of the pretrained transformer: the states of the layers below are
/// computed once (frozen) and given as input; the top <see cref="Layers"/> and a linear head over the mean of their
/// output are trained with AdamW, a linear warm-up and decay, gradient clipping and dropout, as transformers are
/// usually fine-tuned. A batch's sequences run together (<see cref="TransformerLayer"/>); every sum has a fixed order,
/// so training gives the same weights on any machine.
/// </summary>
public sealed class TopLayerClassifier
{
    private const int Width = TransformerLayer.Width;
    private readonly Parameter _headWeight, _headBias;
    private readonly List<Parameter> _parameters = [];

    public IReadOnlyList<TransformerLayer> Layers { get; }
    public int Classes { get; }
    public IReadOnlyList<Parameter> Parameters => _parameters;

    /// <param name="weight">The pretrained weights by PyTorch name.</param>
    /// <param name="firstLayer">The first layer to train (0–5); the layers from it to the last are trained.</param>
    /// <param name="lastLayer">The model's last layer (5 for MiniLM-L6).</param>
    public TopLayerClassifier(Func<string, float[]> weight, int firstLayer, int lastLayer, int classes, int seed)
    {
        Layers = Enumerable.Range(firstLayer, lastLayer - firstLayer + 1).Select(i => new TransformerLayer(weight, i)).ToList();
        foreach (var layer in Layers) _parameters.AddRange(layer.Parameters);
        Classes = classes;
        // PyTorch's default for a linear layer: uniform in ±1/√fan-in, weights and bias alike.
        var random = SeededRandom.For(seed, "head");
        float bound = 1f / MathF.Sqrt(Width);
        float Draw() => (float)((random.NextDouble() * 2 - 1) * bound);
        _headWeight = new Parameter("classifier.weight", [classes, Width], Enumerable.Range(0, classes * Width).Select(_ => Draw()).ToArray());
        _headBias = new Parameter("classifier.bias", [classes], Enumerable.Range(0, classes).Select(_ => Draw()).ToArray());
        _parameters.Add(_headWeight);
        _parameters.Add(_headBias);
    }

    /// <summary>Sets every parameter to saved values (by name); a missing or misshapen one is refused.</summary>
    public void Restore(IReadOnlyDictionary<string, float[]> saved, string source)
    {
        foreach (var p in _parameters)
        {
            if (!saved.TryGetValue(p.Name, out var values) || values.Length != p.Length)
                throw new ModelLoadException($"{source}: the saved weights lack {p.Name} or give it the wrong size.");
            values.CopyTo(p.Values, 0);
        }
    }

    /// <summary>Class probabilities for each sequence, given the frozen layers' states (tokens × 384 each).</summary>
    public float[][] Probabilities(IReadOnlyList<float[]> states)
    {
        var (x, lengths) = Pack(states, Enumerable.Range(0, states.Count).ToArray());
        foreach (var layer in Layers) x = layer.Forward(x, lengths).Output;
        var result = new float[states.Count][];
        int start = 0;
        for (int s = 0; s < states.Count; s++)
        {
            var logits = Logits(Pool(x, start, lengths[s]));
            TensorPrimitives.SoftMax(logits, logits);
            result[s] = logits;
            start += lengths[s];
        }
        return result;
    }

    /// <summary>
    /// Trains on sequences' frozen states and their labels (0 … classes−1). Reports the mean training loss of each
    /// epoch to <paramref name="progress"/>.
    /// </summary>
    public void Train(IReadOnlyList<float[]> states, IReadOnlyList<int> labels, FineTuneOptions options, Action<int, double>? progress = null)
    {
        if (states.Count != labels.Count) throw new ArgumentException("One label per sequence is needed.");
        int batches = (states.Count + options.BatchSize - 1) / options.BatchSize;
        int steps = options.Epochs * batches, warmup = (int)(options.WarmupShare * steps);
        var optimizer = new AdamW(_parameters, options.WeightDecay);
        var order = Enumerable.Range(0, states.Count).ToArray();
        var shuffle = SeededRandom.For(options.Seed, "shuffle");
        var gradients = _parameters.Select(p => p.Gradient).ToArray();
        int step = 0;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = shuffle.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            double lossSum = 0;
            for (int b = 0; b < batches; b++)
            {
                var batch = order.AsSpan(b * options.BatchSize, Math.Min(options.BatchSize, order.Length - b * options.BatchSize)).ToArray();
                var dropout = options.DropoutRate > 0 ? new Dropout(options.DropoutRate, SeededRandom.For(options.Seed, "dropout", epoch.ToString(), b.ToString())) : null;
                lossSum += Accumulate(states, batch, labels, dropout, gradients) * batch.Length;
                double rate = options.LearningRate * (step < warmup ? (step + 1.0) / warmup : Math.Max(0.0, (steps - step) / (double)Math.Max(1, steps - warmup)));
                optimizer.Step(rate);
                step++;
            }
            progress?.Invoke(epoch, lossSum / states.Count);
        }
    }

    /// <summary>
    /// Forward and backward over a batch: adds the gradient of the batch's mean loss into <paramref name="gradients"/>
    /// (aligned with <see cref="Parameters"/>) and returns that mean loss.
    /// </summary>
    internal double Accumulate(IReadOnlyList<float[]> states, int[] batch, IReadOnlyList<int> labels, Dropout? dropout, float[][] gradients)
    {
        var (x, lengths) = Pack(states, batch);
        var traces = new LayerTrace[Layers.Count];
        for (int l = 0; l < Layers.Count; l++)
        {
            traces[l] = Layers[l].Forward(x, lengths, dropout);
            x = traces[l].Output;
        }
        int headIndex = _parameters.Count - 2;
        var outputGradient = new float[x.Length];
        double loss = 0;
        float scale = 1f / batch.Length;
        int start = 0;
        for (int s = 0; s < batch.Length; s++)
        {
            int tokens = lengths[s], label = labels[batch[s]];
            var pooled = Pool(x, start, tokens);
            var probabilities = Logits(pooled);
            TensorPrimitives.SoftMax(probabilities, probabilities);
            loss += -Math.Log(Math.Max(probabilities[label], 1e-12));
            // d(loss)/d(logits) = p − onehot, for the batch mean
            var logitGradient = probabilities;
            logitGradient[label] -= 1f;
            TensorPrimitives.Multiply(logitGradient, scale, logitGradient);
            var pooledGradient = new float[Width];
            for (int c = 0; c < Classes; c++)
            {
                var row = gradients[headIndex].AsSpan(c * Width, Width);
                TensorPrimitives.MultiplyAdd(pooled, logitGradient[c], row, row);
                gradients[headIndex + 1][c] += logitGradient[c];
                TensorPrimitives.MultiplyAdd(_headWeight.Values.AsSpan(c * Width, Width), logitGradient[c], pooledGradient, pooledGradient);
            }
            TensorPrimitives.Multiply(pooledGradient, 1f / tokens, pooledGradient);
            for (int t = 0; t < tokens; t++) pooledGradient.CopyTo(outputGradient, (start + t) * Width);
            start += tokens;
        }
        int offset = headIndex;
        for (int l = Layers.Count - 1; l >= 0; l--)
        {
            offset -= Layers[l].Parameters.Count;
            outputGradient = Layers[l].Backward(traces[l], outputGradient, new ArraySegment<float[]>(gradients, offset, Layers[l].Parameters.Count));
        }
        return loss / batch.Length;
    }

    private static (float[] Rows, int[] Lengths) Pack(IReadOnlyList<float[]> states, int[] members)
    {
        var lengths = members.Select(m => states[m].Length / Width).ToArray();
        var rows = new float[lengths.Sum() * Width];
        int at = 0;
        foreach (int m in members)
        {
            states[m].CopyTo(rows, at);
            at += states[m].Length;
        }
        return (rows, lengths);
    }

    /// <summary>Class probabilities of one sequence from its last layer's states (tokens × 384), computed elsewhere (ONNX Runtime).</summary>
    public float[] HeadProbabilities(float[] lastLayer)
    {
        var logits = Logits(Pool(lastLayer, 0, lastLayer.Length / Width));
        TensorPrimitives.SoftMax(logits, logits);
        return logits;
    }

    /// <summary>The index of the most probable class (the first of equals).</summary>
    public static int MostProbable(float[] probabilities)
    {
        int best = 0;
        for (int c = 1; c < probabilities.Length; c++) if (probabilities[c] > probabilities[best]) best = c;
        return best;
    }

    internal float[][] NewGradients() => _parameters.Select(p => new float[p.Length]).ToArray();

    private static float[] Pool(float[] x, int start, int tokens)
    {
        var pooled = new float[Width];
        for (int t = start; t < start + tokens; t++) TensorPrimitives.Add(pooled, x.AsSpan(t * Width, Width), pooled);
        TensorPrimitives.Multiply(pooled, 1f / tokens, pooled);
        return pooled;
    }

    private float[] Logits(float[] pooled)
    {
        var logits = new float[Classes];
        for (int c = 0; c < Classes; c++) logits[c] = TensorPrimitives.Dot(pooled, _headWeight.Values.AsSpan(c * Width, Width)) + _headBias.Values[c];
        return logits;
    }
}

/// <summary>How <see cref="TopLayerClassifier"/> trains: the usual settings for fine-tuning a small BERT on a few thousand sentences.</summary>
public sealed record FineTuneOptions(int Epochs = 3, int BatchSize = 16, double LearningRate = 5e-5, double WeightDecay = 0.01,
    double WarmupShare = 0.1, double DropoutRate = 0.1, int Seed = 42);
