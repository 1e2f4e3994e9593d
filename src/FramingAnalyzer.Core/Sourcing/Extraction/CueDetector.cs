using System.Security.Cryptography;
using System.Text;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The learned cue detector: proposes as cues words the reporting-verb lexicon does not know ("lambasted", "endorses",
/// "worries"), so that the rules (<see cref="VerbLedRule"/> first) build the attribution around them as around a lexicon
/// verb. A logistic regression over the context features of <see cref="CueFeatures"/> and the word's static encoder
/// vector (<see cref="StaticVectors"/>), trained on the project's annotated corpus by <see cref="CueDetectorTrainer"/>.
/// At run time a candidate costs a dot product over about forty features and a lookup per WordPiece token: the
/// vector's part of the score is read from a per-token table (<see cref="StaticProjection"/>), built once at load.
/// The file (<c>corpora/models/cue_detector.bin</c>) holds the weights, the threshold and the fingerprint of the vectors
/// it was trained with, and ends with the SHA-256 of what comes before it.
/// </summary>
public sealed class CueDetector
{
    public const string FileName = "cue_detector.bin";
    private const string Magic = "framing-cue-detector";
    private const int FormatVersion = 1;

    private readonly float[] _context;
    private readonly float[] _embedding;
    private WordLogits? _projection;
    private StaticVectors? _table;
    private ReportingVerbLexicon? _verbs;
    private LexiconSimilarity? _similarity;
    private float _similarityBound;

    internal CueDetector(string[] featureNames, float[] context, float[] embedding, float bias, float threshold, string vectorsFingerprint, string trainedOn)
    {
        if (!featureNames.SequenceEqual(CueFeatures.Names)) throw new InvalidDataException("The cue detector was trained with other context features; retrain it (corpora/models/retrain.sh).");
        _context = context;
        _embedding = embedding;
        Bias = bias;
        Threshold = threshold;
        VectorsFingerprint = vectorsFingerprint;
        TrainedOn = trainedOn;
    }

    /// <summary>The score (log-odds) from which a candidate is taken as a cue.</summary>
    public float Threshold { get; }
    public float Bias { get; }
    public string VectorsFingerprint { get; }
    /// <summary>What the detector was trained on (for the trainer's output and run.json).</summary>
    public string TrainedOn { get; }
    internal ReadOnlySpan<float> ContextWeights => _context;
    /// <summary>The weight of each context feature (<see cref="CueFeatures.Names"/>), for the trainer's output.</summary>
    public IReadOnlyList<(string Feature, float Weight)> ContextFeatureWeights => [.. CueFeatures.Names.Zip(_context)];
    internal ReadOnlySpan<float> EmbeddingWeights => _embedding;

    /// <summary>The same detector with another threshold (for measuring precision and recall at several).</summary>
    public CueDetector WithThreshold(float threshold)
    {
        var copy = new CueDetector(CueFeatures.Names, _context, _embedding, Bias, threshold, VectorsFingerprint, TrainedOn);
        if (_table is not null && _verbs is not null) copy.Attach(_table, _verbs);
        return copy;
    }

    /// <summary>
    /// Builds the per-token table from the vectors the detector was trained with (it refuses other vectors) and the
    /// similarity to the verbs of <paramref name="verbs"/>, the lexicon of the extractor it serves.
    /// </summary>
    public CueDetector Attach(StaticVectors table, ReportingVerbLexicon verbs)
    {
        if (table.Fingerprint != VectorsFingerprint)
        {
            throw new InvalidDataException($"The cue detector was trained with other encoder vectors ({VectorsFingerprint[..12]}…, these are {table.Fingerprint[..12]}…); retrain it (corpora/models/retrain.sh).");
        }
        _table = table;
        _verbs = verbs;
        _projection = _embedding.Length > 0 ? new WordLogits(table.ProjectOnto(_embedding, 1, 1f)) : null;
        _similarity = new LexiconSimilarity(table, verbs);
        _similarityBound = Math.Max(0, _context[CueFeatures.SimilarityMax]) + Math.Max(0, _context[CueFeatures.SimilarityTop3]);
        return this;
    }

    /// <summary>The detector's score (log-odds) of the candidate at <paramref name="i"/>.</summary>
    internal float Score(SentenceView v, int i, bool[] verbForms, CueFeatures.SentenceFacts sentence) => Score(v, i, verbForms, sentence, float.NegativeInfinity);

    /// <summary>
    /// The score, or any number below <paramref name="threshold"/> once the score is known to stay below it (the
    /// similarities, which cost most, are only looked up when they can lift the score over it).
    /// </summary>
    private float Score(SentenceView v, int i, bool[] verbForms, CueFeatures.SentenceFacts sentence, float threshold)
    {
        if (_similarity is null) throw new InvalidOperationException("The cue detector has no vectors attached.");
        Span<float> f = stackalloc float[CueFeatures.Count];
        CueFeatures.Fill(v, i, verbForms, sentence, f);
        float score = Bias;
        for (int k = 0; k < CueFeatures.SimilarityMax; k++) score += _context[k] * f[k];
        if (_projection is not null) score += _projection.Of(v.Word(i));
        if (score + _similarityBound < threshold) return score + _similarityBound;
        var (max, top3) = _similarity.Of(v.Word(i));
        return score + _context[CueFeatures.SimilarityMax] * max + _context[CueFeatures.SimilarityTop3] * top3;
    }

    internal bool IsCue(SentenceView v, int i, bool[] verbForms, CueFeatures.SentenceFacts sentence) => Score(v, i, verbForms, sentence, Threshold) >= Threshold;

    /// <summary>The shipped detector with the shipped vectors for the lexicon <paramref name="verbs"/>, or null when the tool has no detector file.</summary>
    public static CueDetector? LoadShipped(ReportingVerbLexicon verbs)
    {
        var path = Resources.ToolData.Model(FileName);
        if (!File.Exists(path)) return null;
        return Read(path).Attach(EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath), verbs);
    }

    public void Write(string path)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(VectorsFingerprint);
            w.Write(TrainedOn);
            w.Write(CueFeatures.Count);
            foreach (var name in CueFeatures.Names) w.Write(name);
            foreach (var x in _context) w.Write(x);
            w.Write(_embedding.Length);
            foreach (var x in _embedding) w.Write(x);
            w.Write(Bias);
            w.Write(Threshold);
        }
        buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>Reads and checks a detector file (without vectors: <see cref="Attach"/> them).</summary>
    public static CueDetector Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 32 + Magic.Length) throw new InvalidDataException($"{path}: not a cue detector file.");
        var content = bytes.AsSpan(0, bytes.Length - 32);
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32))) throw new InvalidDataException($"{path}: the cue detector file is damaged (checksum).");
        using var r = new BinaryReader(new MemoryStream(bytes, 0, content.Length, writable: false), Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException($"{path}: not a cue detector file.");
        if (r.ReadInt32() != FormatVersion) throw new InvalidDataException($"{path}: cue detector format not understood.");
        var fingerprint = r.ReadString();
        var trainedOn = r.ReadString();
        var names = new string[r.ReadInt32()];
        for (int k = 0; k < names.Length; k++) names[k] = r.ReadString();
        var context = new float[names.Length];
        for (int k = 0; k < context.Length; k++) context[k] = r.ReadSingle();
        var embedding = new float[r.ReadInt32()];
        for (int k = 0; k < embedding.Length; k++) embedding[k] = r.ReadSingle();
        float bias = r.ReadSingle(), threshold = r.ReadSingle();
        return new CueDetector(names, context, embedding, bias, threshold, fingerprint, trainedOn);
    }
}
