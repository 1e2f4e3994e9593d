using System.Text;
using System.Text.Json;
using FramingAnalyzer.Model;
using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Output;

/// <summary>
/// run.json: the tool version, inputs, options, counts (read = analysed + skipped), outlets, models and lexicons used,
/// and warnings. No timestamps or durations, so a rerun on the same input is byte-identical. Written last.
/// </summary>
public static class RunManifest
{
    public static void Write(string path, RunDescription run, RunCounts counts, IReadOnlyDictionary<string, long> outletArticles, IReadOnlyList<IArticleAnalyzer> analyzers)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("tool", "framing");
        json.WriteString("version", ToolVersion.Current);
        json.WriteString("command", run.Command);
        json.WriteStartArray("inputs");
        foreach (var input in run.Inputs) json.WriteStringValue(input);
        json.WriteEndArray();
        json.WriteStartObject("options");
        foreach (var (key, value) in run.Options.OrderBy(o => o.Key, StringComparer.Ordinal)) json.WriteString(key, value);
        json.WriteEndObject();
        json.WriteStartObject("counts");
        json.WriteNumber("read", counts.Read);
        json.WriteNumber("analysed", counts.Analysed);
        json.WriteNumber("skipped", counts.Skipped);
        json.WriteNumber("duplicates", counts.Duplicates);
        json.WriteNumber("warnings", counts.WarningCount);
        json.WriteEndObject();
        json.WriteStartObject("outlets");
        foreach (var (outlet, articles) in outletArticles) json.WriteNumber(outlet, articles);
        json.WriteEndObject();
        json.WriteStartArray("analyzers");
        foreach (var analyzer in analyzers) json.WriteStringValue(analyzer.Name);
        json.WriteEndArray();
        json.WriteStartArray("models");
        foreach (var model in analyzers.OfType<IDescribesResources>().SelectMany(a => a.Models))
        {
            json.WriteStartObject();
            json.WriteString("task", model.Task);
            json.WriteString("file", model.File);
            json.WriteString("training_data_sha256", model.TrainingDataHash);
            if (model.Encoder.Length > 0)
            {
                json.WriteString("encoder", model.Encoder);
                json.WriteString("encoder_sha256", model.EncoderSha256);
            }
            json.WriteStartObject("metrics");
            foreach (var (name, value) in model.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal)) json.WriteNumber(name, Math.Round(value, 4));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("lexicons");
        foreach (var lexicon in analyzers.OfType<IDescribesResources>().SelectMany(a => a.Lexicons)) json.WriteStringValue(Resources.ToolData.Display(lexicon));
        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var warning in counts.Warnings) json.WriteStringValue(warning);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

/// <summary>What the user asked for, as recorded in run.json.</summary>
public sealed record RunDescription(string Command, IReadOnlyList<string> Inputs, IReadOnlyDictionary<string, string> Options);

/// <summary>The version of the tool, from the assembly's informational version.</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .FirstOrDefault() as System.Reflection.AssemblyInformationalVersionAttribute)?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    internal static readonly Encoding Utf8 = new UTF8Encoding(false);
}
