using System.IO.Compression;
using System.Text;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// A classifier made by fine-tuning MiniLM's top layers (<see cref="TransformerFineTuner"/>), as a model zip: the usual
/// <c>framing/model.json</c> (trainer <see cref="TrainerName"/>, encoder <c>minilm-l6-v2/fine-tuned-topN</c> with the
/// SHA-256 of the package's model) and <see cref="WeightsEntry"/>, the trained layers and the head. A trained matrix is
/// stored as its difference from the package's pretrained matrix, in 8 bits per value with one scale per row (a quarter
/// of the size of floats; the rounding moves a probability by about 0.001); vectors and the head are stored as floats.
/// The frozen layers and the pretrained values come from the package, so a model is refused when the package's model
/// is not the one it was trained on. For prediction the trained layers are written into the package's ONNX graph and
/// each text runs through ONNX Runtime, as in the contextual tier.
/// </summary>
public sealed class FineTunedTextClassifier : ITextClassifier, IDisposable
{
    public const string TrainerName = "fine-tune";
    public const string WeightsEntry = "framing/fine-tuned-weights.bin";
    private const string Magic = "FAFT2", FloatMagic = "FAFT1";
    private const byte AsFloats = 0, AsByteDifferences = 1;
    private readonly TransformerFineTuner _tuner;
    private readonly TopLayerClassifier _model;
    private readonly MiniLmTransformer _exported;

    private FineTunedTextClassifier(TransformerFineTuner tuner, TopLayerClassifier model, ModelMetadata metadata, OnnxModelFile package)
    {
        _tuner = tuner;
        _model = model;
        _exported = tuner.ExportToOnnx(model, package);
        // Reading the package's model and writing the fine-tuned one leave a few hundred MB of large arrays behind;
        // collected now, they do not add to the peak of the run that follows.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Metadata = metadata;
    }

    public ModelMetadata Metadata { get; }
    public string Task => Metadata.Task;
    public IReadOnlyList<string> Labels => Metadata.Labels;

    public static bool IsFineTuned(ModelMetadata metadata) => metadata.Trainer == TrainerName;

    public static string EncoderNameFor(int layers) => $"{MiniLmTransformer.EncoderName}/fine-tuned-top{layers}";

    /// <summary>Trains on all <paramref name="examples"/> and writes the model zip.</summary>
    public static ModelMetadata TrainAndSave(ClassifierTask task, IReadOnlyList<LabelledExample> examples, TransformerFineTuner tuner, string path,
        IReadOnlyDictionary<string, double>? metrics = null)
    {
        var model = tuner.Fit(task, examples, round: 0);
        var metadata = new ModelMetadata
        {
            Task = task.Name,
            Labels = task.Labels,
            Trainer = TrainerName,
            Ngrams = "none",
            Encoder = EncoderNameFor(tuner.LayersToTrain),
            EncoderSha256 = MiniLmTransformer.ModelSha256,
            Seed = tuner.Options.Seed,
            TrainingDataSha256 = LabelledDataReader.Hash(examples),
            TrainingExamples = examples.Count,
            Metrics = metrics ?? new SortedDictionary<string, double>(),
        };
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        File.Delete(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry(WeightsEntry, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var writer = new BinaryWriter(entry.Open(), Encoding.UTF8);
            writer.Write(Magic);
            writer.Write(tuner.LayersToTrain);
            writer.Write(model.Parameters.Count);
            foreach (var p in model.Parameters)
            {
                writer.Write(p.Name);
                writer.Write(p.Shape.Length);
                foreach (int d in p.Shape) writer.Write(d);
                if (p.Shape.Length == 2 && tuner.Pretrained(p.Name) is { } pretrained) WriteDifferences(writer, p, pretrained);
                else WriteFloats(writer, p.Values);
            }
        }
        metadata.WriteInto(path);
        return metadata;
    }

    /// <summary>Loads a fine-tuned model zip; a damaged file or another package's model gives <see cref="ModelLoadException"/>.</summary>
    public static FineTunedTextClassifier Load(string path, ClassifierTask task)
    {
        var metadata = ModelMetadata.ReadFrom(path);
        if (!IsFineTuned(metadata)) throw new ModelLoadException($"{path}: not a fine-tuned model (trainer {metadata.Trainer}).");
        if (metadata.Task != task.Name) throw new ModelLoadException($"{path}: a model for task {metadata.Task}, not {task.Name}.");
        if (metadata.EncoderSha256 != MiniLmTransformer.ModelSha256)
            throw new ModelLoadException($"{path}: fine-tuned from another transformer (model sha256 {Short(metadata.EncoderSha256)}; this tool carries {Short(MiniLmTransformer.ModelSha256)}). Train it again with this version.");
        TransformerFineTuner? tuner = null;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry(WeightsEntry) ?? throw new ModelLoadException($"{path}: no {WeightsEntry} inside.");
            using var reader = new BinaryReader(entry.Open(), Encoding.UTF8);
            string magic = reader.ReadString();
            if (magic != Magic && magic != FloatMagic) throw new ModelLoadException($"{path}: {WeightsEntry} is not a weights file of this version.");
            int layers = reader.ReadInt32();
            var package = MiniLmTransformer.ReadModel();
            tuner = new TransformerFineTuner(layers, new FineTuneOptions(Seed: metadata.Seed), package);
            var saved = new Dictionary<string, float[]>(StringComparer.Ordinal);
            int count = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                string name = reader.ReadString();
                int rank = reader.ReadInt32();
                var shape = new int[rank];
                for (int d = 0; d < rank; d++) shape[d] = reader.ReadInt32();
                byte storage = magic == FloatMagic ? AsFloats : reader.ReadByte();
                saved[name] = storage switch
                {
                    AsFloats => ReadFloats(reader, shape.Aggregate(1, (a, b) => a * b)),
                    AsByteDifferences when rank == 2 && tuner.Pretrained(name) is { } pretrained && pretrained.Length == shape[0] * shape[1]
                        => ReadDifferences(reader, shape[0], shape[1], pretrained),
                    _ => throw new ModelLoadException($"{path}: {name} is stored in a way this version cannot read."),
                };
            }
            var model = tuner.NewModel(task, metadata.Seed);
            model.Restore(saved, path);
            return new FineTunedTextClassifier(tuner, model, metadata, package);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException)
        {
            tuner?.Dispose();
            throw new ModelLoadException($"{path}: damaged fine-tuned model ({ex.Message}).", ex);
        }
        catch
        {
            tuner?.Dispose();
            throw;
        }
    }

    public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs)
    {
        var probabilities = _tuner.Probabilities(_exported, _model, inputs);
        var results = new ClassifierPrediction[inputs.Count];
        for (int i = 0; i < results.Length; i++)
        {
            int best = TopLayerClassifier.MostProbable(probabilities[i]);
            results[i] = new ClassifierPrediction(Labels[best], probabilities[i][best]);
        }
        return results;
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(AsFloats);
        foreach (float v in values) writer.Write(v);
    }

    /// <summary>Each row of (trained − pretrained) as a scale (its largest magnitude / 127) and one signed byte per value.</summary>
    private static void WriteDifferences(BinaryWriter writer, Parameter p, float[] pretrained)
    {
        writer.Write(AsByteDifferences);
        int rows = p.Shape[0], columns = p.Shape[1];
        var difference = new float[columns];
        for (int r = 0; r < rows; r++)
        {
            var trained = p.Values.AsSpan(r * columns, columns);
            System.Numerics.Tensors.TensorPrimitives.Subtract(trained, pretrained.AsSpan(r * columns, columns), difference);
            float scale = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(difference) / 127f;
            writer.Write(scale);
            foreach (float d in difference) writer.Write(scale == 0 ? (sbyte)0 : (sbyte)Math.Clamp(MathF.Round(d / scale), -127f, 127f));
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int length)
    {
        var values = new float[length];
        for (int v = 0; v < length; v++) values[v] = reader.ReadSingle();
        return values;
    }

    private static float[] ReadDifferences(BinaryReader reader, int rows, int columns, float[] pretrained)
    {
        var values = new float[rows * columns];
        for (int r = 0; r < rows; r++)
        {
            float scale = reader.ReadSingle();
            for (int c = 0; c < columns; c++)
            {
                int i = r * columns + c;
                values[i] = pretrained[i] + reader.ReadSByte() * scale;
            }
        }
        return values;
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] + "…" : sha;

    public void Dispose()
    {
        _exported.Dispose();
        _tuner.Dispose();
    }
}
