using System.Numerics.Tensors;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// A text classifier that fine-tunes the top layers of the pretrained transformer: the states of the layers below are
/// computed once (frozen) and given as input; the top <see cref="Layers"/> and a linear head over the mean of their
/// output are trained with AdamW, a linear warm-up and decay, gradient clipping and dropout, as transformers are
/// usually fine-tuned. Batches are split into two fixed halves worked on in parallel and summed in order, so training
/// gives the same weights on any machine.
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

    /// <summary>Class probabilities for one sequence, given the frozen layers' states (tokens × 384).</summary>
    public float[] Probabilities(float[] states, int tokens)
    {
        var x = states;
        foreach (var layer in Layers) x = layer.Forward(x, tokens).Output;
        var logits = Logits(Pool(x, tokens));
        TensorPrimitives.SoftMax(logits, logits);
        return logits;
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
        var halves = new[] { NewGradients(), NewGradients() };
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
                int start = b * options.BatchSize, count = Math.Min(options.BatchSize, order.Length - start);
                var losses = new double[2];
                Parallel.For(0, 2, half =>
                {
                    for (int k = half; k < count; k += 2)
                    {
                        int example = order[start + k];
                        var dropout = new Dropout(options.DropoutRate, SeededRandom.For(options.Seed, "dropout", epoch.ToString(), example.ToString()));
                        losses[half] += Accumulate(states[example], labels[example], 1f / count, dropout, halves[half]);
                    }
                });
                lossSum += losses[0] + losses[1];
                for (int p = 0; p < _parameters.Count; p++)
                {
                    TensorPrimitives.Add(halves[0][p], halves[1][p], _parameters[p].Gradient);
                    Array.Clear(halves[0][p]);
                    Array.Clear(halves[1][p]);
                }
                double rate = options.LearningRate * (step < warmup ? (step + 1.0) / warmup : Math.Max(0.0, (steps - step) / (double)Math.Max(1, steps - warmup)));
                optimizer.Step(rate);
                step++;
            }
            progress?.Invoke(epoch, lossSum / states.Count);
        }
    }

    /// <summary>Forward and backward for one sequence; adds its gradient (scaled) into <paramref name="gradients"/>, returns its loss.</summary>
    internal double Accumulate(float[] states, int label, float scale, Dropout? dropout, float[][] gradients)
    {
        int tokens = states.Length / Width;
        var traces = new LayerTrace[Layers.Count];
        var x = states;
        for (int l = 0; l < Layers.Count; l++)
        {
            traces[l] = Layers[l].Forward(x, tokens, dropout);
            x = traces[l].Output;
        }
        var pooled = Pool(x, tokens);
        var probabilities = Logits(pooled);
        TensorPrimitives.SoftMax(probabilities, probabilities);
        double loss = -Math.Log(Math.Max(probabilities[label], 1e-12));

        // d(loss)/d(logits) = p − onehot, for the batch mean
        var logitGradient = probabilities;
        logitGradient[label] -= 1f;
        TensorPrimitives.Multiply(logitGradient, scale, logitGradient);
        int headIndex = _parameters.Count - 2;
        var pooledGradient = new float[Width];
        for (int c = 0; c < Classes; c++)
        {
            var row = gradients[headIndex].AsSpan(c * Width, Width);
            TensorPrimitives.MultiplyAdd(pooled, logitGradient[c], row, row);
            gradients[headIndex + 1][c] += logitGradient[c];
            TensorPrimitives.MultiplyAdd(_headWeight.Values.AsSpan(c * Width, Width), logitGradient[c], pooledGradient, pooledGradient);
        }
        var outputGradient = new float[tokens * Width];
        TensorPrimitives.Multiply(pooledGradient, 1f / tokens, pooledGradient);
        for (int t = 0; t < tokens; t++) pooledGradient.CopyTo(outputGradient, t * Width);
        int offset = headIndex;
        for (int l = Layers.Count - 1; l >= 0; l--)
        {
            offset -= Layers[l].Parameters.Count;
            outputGradient = Layers[l].Backward(traces[l], outputGradient, new ArraySegment<float[]>(gradients, offset, Layers[l].Parameters.Count));
        }
        return loss;
    }

    internal float[][] NewGradients() => _parameters.Select(p => new float[p.Length]).ToArray();

    private static float[] Pool(float[] x, int tokens)
    {
        var pooled = new float[Width];
        for (int t = 0; t < tokens; t++) TensorPrimitives.Add(pooled, x.AsSpan(t * Width, Width), pooled);
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
