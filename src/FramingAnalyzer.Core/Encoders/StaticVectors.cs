using System.Security.Cryptography;
using System.Text;

namespace FramingAnalyzer.Encoders;

/// <summary>
/// The static tier: one distilled vector per WordPiece token (each token run through the transformer alone, projected
/// onto the principal axes of all token vectors, quantised to 8 bits) and a weight per token that plays down frequent
/// tokens. A text's vector is the weighted mean of its tokens' vectors: a table lookup, no transformer at run time.
/// Words that the transformer cuts into pieces but the project's text uses often ("lawmaker" = law ##maker) get a
/// vector of their own, distilled from the whole word, so their meaning does not fall apart into the pieces'.
/// The file also carries the projection (mean and axes), so that the contextual tier lands in the same space, and ends
/// with the SHA-256 of everything before it, which is checked on load and is the <see cref="Fingerprint"/> models record.
/// Built by <see cref="StaticVectorDistiller"/>; format in docs/models.md.
/// </summary>
public sealed class StaticVectors : ITextEncoder
{
    public const string FileName = "static_vectors.bin";
    private const string Magic = "framing-static-vectors";
    private const int FormatVersion = 1;

    private readonly float[] _weights;

    public StaticVectors(string encoderName, WordPieceTokenizer tokenizer, int dimension, sbyte[] quantised, float[] scales, float[] weights,
        float[] projectionMean, float[] projectionAxes, string fingerprint)
    {
        EncoderName = encoderName;
        Tokenizer = tokenizer;
        Dimension = dimension;
        Quantised = quantised;
        Scales = scales;
        _weights = weights;
        ProjectionMean = projectionMean;
        ProjectionAxes = projectionAxes;
        Fingerprint = fingerprint;
    }

    /// <summary>The transformer the vectors were distilled from, e.g. <c>minilm-l6-v2</c>.</summary>
    public string EncoderName { get; }
    public string Name => $"{EncoderName}/static-{Dimension}";
    public string Fingerprint { get; }
    public int Dimension { get; }
    public WordPieceTokenizer Tokenizer { get; }
    internal sbyte[] Quantised { get; }
    internal float[] Scales { get; }
    /// <summary>The mean of the transformer's token vectors (its full width), subtracted before projecting.</summary>
    public float[] ProjectionMean { get; }
    /// <summary><see cref="Dimension"/> rows of the transformer's width: the principal axes, largest variance first.</summary>
    public float[] ProjectionAxes { get; }

    public float WeightOf(int tokenId) => _weights[tokenId];

    /// <summary>A token's (unweighted) vector.</summary>
    public void VectorOf(int tokenId, Span<float> vector)
    {
        float scale = Scales[tokenId];
        for (int d = 0; d < Dimension; d++) vector[d] = Quantised[tokenId * Dimension + d] * scale;
    }

    /// <summary>The table seen through a linear model's weights (see <see cref="StaticProjection"/>).</summary>
    public StaticProjection ProjectOnto(ReadOnlySpan<float> weights, int classes, float scale) => new(this, weights, classes, scale);

    [ThreadStatic] private static List<int>? t_ids;

    public void Encode(IReadOnlyList<string> texts, float[][] vectors)
    {
        for (int i = 0; i < texts.Count; i++) Encode(texts[i], vectors[i]);
    }

    /// <summary>The weighted mean of the text's token vectors (zeros for a text without tokens).</summary>
    public void Encode(ReadOnlySpan<char> text, Span<float> vector)
    {
        var ids = t_ids ??= new List<int>(64);
        ids.Clear();
        Tokenizer.Tokenize(text, ids, wholeWords: true);
        vector.Clear();
        float total = 0;
        foreach (var id in ids)
        {
            float factor = _weights[id] * Scales[id];
            total += _weights[id];
            var row = Quantised.AsSpan(id * Dimension, Dimension);
            for (int d = 0; d < row.Length; d++) vector[d] += row[d] * factor;
        }
        if (total > 0) System.Numerics.Tensors.TensorPrimitives.Multiply(vector, 1 / total, vector);
    }

    /// <summary>Projects a vector of the transformer's width into this table's space (used by the contextual tier).</summary>
    public void Project(ReadOnlySpan<float> full, Span<float> projected)
    {
        int width = ProjectionMean.Length;
        Span<float> centred = width <= 1024 ? stackalloc float[width] : new float[width];
        System.Numerics.Tensors.TensorPrimitives.Subtract(full, ProjectionMean, centred);
        for (int d = 0; d < Dimension; d++)
        {
            projected[d] = System.Numerics.Tensors.TensorPrimitives.Dot(centred, ProjectionAxes.AsSpan(d * width, width));
        }
    }

    public void Write(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(EncoderName);
            w.Write(Dimension);
            w.Write(ProjectionMean.Length);
            w.Write(Tokenizer.Vocabulary.Count);
            w.Write(Tokenizer.PieceCount);
            foreach (var token in Tokenizer.Vocabulary) w.Write(token);
            WriteFloats(w, _weights);
            WriteFloats(w, Scales);
            w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Quantised.AsSpan()));
            WriteFloats(w, ProjectionMean);
            WriteFloats(w, ProjectionAxes);
        }
        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Write(hash);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>Reads and checks a vectors file; throws <see cref="EncoderLoadException"/> naming the file when it is missing or damaged.</summary>
    public static StaticVectors Read(string path)
    {
        if (!File.Exists(path)) throw new EncoderLoadException($"{path}: the encoder's vectors file is missing (rebuild it with `framing distill`, or reinstall the tool).");
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < 32 + Magic.Length) throw new EncoderLoadException($"{path}: not a vectors file (only {bytes.Length} bytes).");
        var content = bytes.AsSpan(0, bytes.Length - 32);
        var stored = bytes.AsSpan(bytes.Length - 32);
        var actual = SHA256.HashData(content);
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, 0, content.Length, writable: false), Encoding.UTF8);
            if (r.ReadString() != Magic) throw new EncoderLoadException($"{path}: not a framing vectors file.");
            int version = r.ReadInt32();
            if (version != FormatVersion) throw new EncoderLoadException($"{path}: vectors file format {version}; this tool reads format {FormatVersion}.");
            if (!stored.SequenceEqual(actual)) throw new EncoderLoadException($"{path}: the vectors file is damaged (its checksum does not match; rebuild it with `framing distill`, or reinstall the tool).");
            var name = r.ReadString();
            int dimension = r.ReadInt32(), width = r.ReadInt32(), count = r.ReadInt32(), pieces = r.ReadInt32();
            if (dimension <= 0 || width < dimension || count <= 0 || pieces <= 0 || pieces > count) throw new EncoderLoadException($"{path}: inconsistent vectors file header.");
            var vocabulary = new string[count];
            for (int i = 0; i < count; i++) vocabulary[i] = r.ReadString();
            var weights = ReadFloats(r, count);
            var scales = ReadFloats(r, count);
            var quantised = new sbyte[count * dimension];
            r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(quantised.AsSpan()));
            var mean = ReadFloats(r, width);
            var axes = ReadFloats(r, width * dimension);
            return new StaticVectors(name, new WordPieceTokenizer(vocabulary, pieces), dimension, quantised, scales, weights, mean, axes, Convert.ToHexStringLower(stored));
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            throw new EncoderLoadException($"{path}: the vectors file is damaged ({ex.Message}).", ex);
        }
    }

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        w.Write(values.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader r, int expected)
    {
        int n = r.ReadInt32();
        if (n != expected) throw new FormatException($"expected {expected} numbers, found {n}");
        var values = new float[n];
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
