using System.Numerics.Tensors;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// One BERT encoder layer of all-MiniLM-L6-v2 (post-norm: self-attention with 12 heads of 32, residual, layer norm; a
/// 1536-wide GELU feed-forward, residual, layer norm), trainable: <see cref="Forward"/> keeps what
/// <see cref="Backward"/> needs in a <see cref="LayerTrace"/>. A batch is its sequences' token rows one after another
/// (no padding, so no attention mask): the linear maps run over all rows at once, attention within each sequence.
/// Parameters are named and laid out as in PyTorch's BERT (linear weights [out, in]).
/// </summary>
public sealed class TransformerLayer
{
    public const int Width = 384;
    public const int Heads = 12;
    public const int HeadWidth = Width / Heads;
    public const int Inner = 1536;
    private static readonly float AttentionScale = 1f / MathF.Sqrt(HeadWidth);

    private readonly Parameter _query, _queryBias, _key, _keyBias, _value, _valueBias, _output, _outputBias;
    private readonly Parameter _norm1Gamma, _norm1Beta, _up, _upBias, _down, _downBias, _norm2Gamma, _norm2Beta;

    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The layer <paramref name="index"/> of a weight set in PyTorch naming (<c>encoder.layer.{index}.…</c>).</summary>
    public TransformerLayer(Func<string, float[]> weight, int index)
    {
        string p = $"encoder.layer.{index}.";
        Parameter Take(string name, params int[] shape)
        {
            var values = weight(p + name);
            if (values.Length != shape.Aggregate(1, (a, b) => a * b))
                throw new ArgumentException($"{p}{name}: {values.Length} values, expected {string.Join('×', shape)}.");
            return new Parameter(p + name, shape, (float[])values.Clone());
        }
        _query = Take("attention.self.query.weight", Width, Width);
        _queryBias = Take("attention.self.query.bias", Width);
        _key = Take("attention.self.key.weight", Width, Width);
        _keyBias = Take("attention.self.key.bias", Width);
        _value = Take("attention.self.value.weight", Width, Width);
        _valueBias = Take("attention.self.value.bias", Width);
        _output = Take("attention.output.dense.weight", Width, Width);
        _outputBias = Take("attention.output.dense.bias", Width);
        _norm1Gamma = Take("attention.output.LayerNorm.weight", Width);
        _norm1Beta = Take("attention.output.LayerNorm.bias", Width);
        _up = Take("intermediate.dense.weight", Inner, Width);
        _upBias = Take("intermediate.dense.bias", Inner);
        _down = Take("output.dense.weight", Width, Inner);
        _downBias = Take("output.dense.bias", Width);
        _norm2Gamma = Take("output.LayerNorm.weight", Width);
        _norm2Beta = Take("output.LayerNorm.bias", Width);
        Parameters = [_query, _queryBias, _key, _keyBias, _value, _valueBias, _output, _outputBias,
            _norm1Gamma, _norm1Beta, _up, _upBias, _down, _downBias, _norm2Gamma, _norm2Beta];
    }

    /// <summary>
    /// The layer over <paramref name="input"/> (all sequences' tokens × 384; <paramref name="lengths"/> tokens each). With <paramref name="dropout"/> (training) the attention
    /// output and the feed-forward output are dropped at its rate, as BERT's hidden dropout does.
    /// </summary>
    public LayerTrace Forward(float[] input, int[] lengths, Dropout? dropout = null)
    {
        var t = new LayerTrace(input, lengths);
        int tokens = t.Tokens;
        int n = tokens * Width;
        Linear(input, _query, _queryBias, t.Query, tokens, Width, Width);
        Linear(input, _key, _keyBias, t.Key, tokens, Width, Width);
        Linear(input, _value, _valueBias, t.Value, tokens, Width, Width);
        Attend(t);
        var attended = new float[n];
        Linear(t.Context, _output, _outputBias, attended, tokens, Width, Width);
        if (dropout is not null) t.AttentionDrop = dropout.Apply(attended);
        TensorPrimitives.Add(attended, input, attended);
        DenseOps.LayerNorm(attended, _norm1Gamma.Values, _norm1Beta.Values, t.Hidden, t.Normalised1, t.InverseDeviation1, tokens);
        Linear(t.Hidden, _up, _upBias, t.Inner, tokens, Width, Inner);
        DenseOps.Gelu(t.Inner, t.InnerInput);
        var fed = new float[n];
        Linear(t.Inner, _down, _downBias, fed, tokens, Inner, Width);
        if (dropout is not null) t.FeedForwardDrop = dropout.Apply(fed);
        TensorPrimitives.Add(fed, t.Hidden, fed);
        DenseOps.LayerNorm(fed, _norm2Gamma.Values, _norm2Beta.Values, t.Output, t.Normalised2, t.InverseDeviation2, tokens);
        return t;
    }

    /// <summary>
    /// Back-propagates <paramref name="outputGradient"/> through the traced pass: adds each parameter's gradient into
    /// <paramref name="gradients"/> (aligned with <see cref="Parameters"/>) and returns the gradient of the input.
    /// </summary>
    public float[] Backward(LayerTrace t, float[] outputGradient, IReadOnlyList<float[]> gradients)
    {
        int tokens = t.Tokens, n = tokens * Width;
        var scratch = new float[Width];
        if (gradients.Count != Parameters.Count) throw new ArgumentException("One gradient per parameter is needed.");
        float[] G(Parameter p) => gradients[IndexOf(p)];

        // output = LN2(hidden + drop(down(gelu(up(hidden)))))
        var residual2 = new float[n];
        DenseOps.LayerNormBackward(outputGradient, t.Normalised2, t.InverseDeviation2, _norm2Gamma.Values, G(_norm2Gamma), G(_norm2Beta), residual2, scratch, tokens);
        var hiddenGradient = (float[])residual2.Clone();
        var fedGradient = residual2;
        if (t.FeedForwardDrop is not null) TensorPrimitives.Multiply(fedGradient, t.FeedForwardDrop, fedGradient);
        var innerGradient = new float[tokens * Inner];
        LinearBackward(fedGradient, t.Inner, _down, _downBias, G(_down), G(_downBias), innerGradient, tokens, Inner, Width, accumulate: false);
        DenseOps.GeluBackward(innerGradient, t.InnerInput);
        LinearBackward(innerGradient, t.Hidden, _up, _upBias, G(_up), G(_upBias), hiddenGradient, tokens, Width, Inner, accumulate: true);

        // hidden = LN1(input + drop(output(attention(input))))
        var residual1 = new float[n];
        DenseOps.LayerNormBackward(hiddenGradient, t.Normalised1, t.InverseDeviation1, _norm1Gamma.Values, G(_norm1Gamma), G(_norm1Beta), residual1, scratch, tokens);
        var inputGradient = (float[])residual1.Clone();
        var attendedGradient = residual1;
        if (t.AttentionDrop is not null) TensorPrimitives.Multiply(attendedGradient, t.AttentionDrop, attendedGradient);
        var contextGradient = new float[n];
        LinearBackward(attendedGradient, t.Context, _output, _outputBias, G(_output), G(_outputBias), contextGradient, tokens, Width, Width, accumulate: false);

        var queryGradient = new float[n];
        var keyGradient = new float[n];
        var valueGradient = new float[n];
        AttendBackward(t, contextGradient, queryGradient, keyGradient, valueGradient);
        LinearBackward(queryGradient, t.Input, _query, _queryBias, G(_query), G(_queryBias), inputGradient, tokens, Width, Width, accumulate: true);
        LinearBackward(keyGradient, t.Input, _key, _keyBias, G(_key), G(_keyBias), inputGradient, tokens, Width, Width, accumulate: true);
        LinearBackward(valueGradient, t.Input, _value, _valueBias, G(_value), G(_valueBias), inputGradient, tokens, Width, Width, accumulate: true);
        return inputGradient;
    }

    private int IndexOf(Parameter p)
    {
        for (int i = 0; i < Parameters.Count; i++) if (ReferenceEquals(Parameters[i], p)) return i;
        throw new InvalidOperationException(p.Name);
    }

    private static void Linear(float[] x, Parameter weight, Parameter bias, float[] y, int rows, int inWidth, int outWidth)
    {
        Gemm.MultiplyByTransposed(x, weight.Values, y, rows, inWidth, outWidth);
        DenseOps.AddBias(y, bias.Values, rows);
    }

    /// <summary>dW += dYᵀ·X, db += Σ dY, dX (+)= dY·W.</summary>
    private static void LinearBackward(float[] dy, float[] x, Parameter weight, Parameter bias, float[] weightGradient, float[] biasGradient,
        float[] dx, int rows, int inWidth, int outWidth, bool accumulate)
    {
        Gemm.MultiplyTransposed(dy, x, weightGradient, rows, outWidth, inWidth, accumulate: true);
        DenseOps.AccumulateRows(dy, biasGradient, rows);
        Gemm.Multiply(dy, weight.Values, dx, rows, outWidth, inWidth, accumulate);
    }

    private static void Attend(LayerTrace t) => Parallel.For(0, t.Lengths.Length, s => Attend(t, s));

    private static void Attend(LayerTrace t, int sequence)
    {
        int tokens = t.Lengths[sequence], first = t.Starts[sequence];
        for (int h = 0; h < Heads; h++)
        {
            int offset = h * HeadWidth;
            var probabilities = t.Probabilities.AsSpan(t.ProbabilityStarts[sequence] + h * tokens * tokens, tokens * tokens);
            for (int i = 0; i < tokens; i++)
            {
                var q = t.Query.AsSpan((first + i) * Width + offset, HeadWidth);
                var row = probabilities.Slice(i * tokens, tokens);
                for (int j = 0; j < tokens; j++) row[j] = TensorPrimitives.Dot(q, t.Key.AsSpan((first + j) * Width + offset, HeadWidth)) * AttentionScale;
                TensorPrimitives.SoftMax(row, row);
                var context = t.Context.AsSpan((first + i) * Width + offset, HeadWidth);
                context.Clear();
                for (int j = 0; j < tokens; j++) TensorPrimitives.MultiplyAdd(t.Value.AsSpan((first + j) * Width + offset, HeadWidth), row[j], context, context);
            }
        }
    }

    private static void AttendBackward(LayerTrace t, float[] contextGradient, float[] queryGradient, float[] keyGradient, float[] valueGradient) =>
        Parallel.For(0, t.Lengths.Length, s => AttendBackward(t, s, contextGradient, queryGradient, keyGradient, valueGradient));

    private static void AttendBackward(LayerTrace t, int sequence, float[] contextGradient, float[] queryGradient, float[] keyGradient, float[] valueGradient)
    {
        int tokens = t.Lengths[sequence], first = t.Starts[sequence];
        var scores = new float[tokens];
        for (int h = 0; h < Heads; h++)
        {
            int offset = h * HeadWidth;
            var probabilities = t.Probabilities.AsSpan(t.ProbabilityStarts[sequence] + h * tokens * tokens, tokens * tokens);
            for (int i = 0; i < tokens; i++)
            {
                var dContext = contextGradient.AsSpan((first + i) * Width + offset, HeadWidth);
                var row = probabilities.Slice(i * tokens, tokens);
                // dP[j] = dctx·v[j]; dv[j] += P[j]·dctx
                for (int j = 0; j < tokens; j++)
                {
                    scores[j] = TensorPrimitives.Dot(dContext, t.Value.AsSpan((first + j) * Width + offset, HeadWidth));
                    var dv = valueGradient.AsSpan((first + j) * Width + offset, HeadWidth);
                    TensorPrimitives.MultiplyAdd(dContext, row[j], dv, dv);
                }
                // softmax: dS = P ⊙ (dP − Σ P·dP), then the scale
                float weighted = TensorPrimitives.Dot(row, scores);
                var q = t.Query.AsSpan((first + i) * Width + offset, HeadWidth);
                var dq = queryGradient.AsSpan((first + i) * Width + offset, HeadWidth);
                for (int j = 0; j < tokens; j++)
                {
                    float ds = row[j] * (scores[j] - weighted) * AttentionScale;
                    if (ds == 0) continue;
                    TensorPrimitives.MultiplyAdd(t.Key.AsSpan((first + j) * Width + offset, HeadWidth), ds, dq, dq);
                    var dk = keyGradient.AsSpan((first + j) * Width + offset, HeadWidth);
                    TensorPrimitives.MultiplyAdd(q, ds, dk, dk);
                }
            }
        }
    }
}
