using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FramingAnalyzer.Learning;

/// <summary>
/// What a model file says about itself, stored as <c>framing/model.json</c> inside the model zip: its task and labels,
/// how it was trained (trainer, n-grams, extra features, seed), the SHA-256 of its training data, and its metrics.
/// </summary>
public sealed record ModelMetadata
{
    public const string EntryName = "framing/model.json";

    public required string Task { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    public required string Trainer { get; init; }
    public required string Ngrams { get; init; }
    public string ExtraFeatures { get; init; } = "";
    /// <summary>The encoder whose vectors the model reads (e.g. <c>minilm-l6-v2/static-256</c>); empty for none.</summary>
    public string Encoder { get; init; } = "";
    /// <summary>SHA-256 of the vectors file the model was trained with; a model is never scored with other vectors.</summary>
    public string EncoderSha256 { get; init; } = "";
    public double EncoderScale { get; init; }
    public required int Seed { get; init; }
    public required string TrainingDataSha256 { get; init; }
    public required int TrainingExamples { get; init; }
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new SortedDictionary<string, double>();

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public void WriteInto(string modelZip)
    {
        using var zip = ZipFile.Open(modelZip, ZipArchiveMode.Update);
        zip.GetEntry(EntryName)?.Delete();
        var entry = zip.CreateEntry(EntryName, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        JsonSerializer.Serialize(stream, this, Json);
    }

    /// <summary>Reads the metadata of a model zip; throws <see cref="ModelLoadException"/> when the file is not a framing model.</summary>
    public static ModelMetadata ReadFrom(string modelZip)
    {
        if (!File.Exists(modelZip)) throw new ModelLoadException($"{modelZip}: model file not found.");
        try
        {
            using var zip = ZipFile.OpenRead(modelZip);
            var entry = zip.GetEntry(EntryName) ?? throw new ModelLoadException($"{modelZip}: not a framing model (no {EntryName} inside).");
            using var stream = entry.Open();
            return JsonSerializer.Deserialize<ModelMetadata>(stream, Json) ?? throw new ModelLoadException($"{modelZip}: empty model metadata.");
        }
        catch (InvalidDataException ex)
        {
            throw new ModelLoadException($"{modelZip}: not a model file (not a zip archive).", ex);
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException($"{modelZip}: unreadable model metadata: {ex.Message}", ex);
        }
    }
}
