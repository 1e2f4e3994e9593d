using System.CommandLine;
using System.Diagnostics;
using FramingAnalyzer.Encoders;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing distill [--out FILE] [--frequencies FILE...] [--words FILE...]</c>: builds the static encoder's vectors.</summary>
internal static class DistillCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out", "-o") { Description = $"Where to write the vectors (default: the tool's models folder, {StaticVectors.FileName})." };
        var frequencies = new Option<string[]>("--frequencies")
        {
            Description = "Text or CSV files whose token counts set the frequency weights, and whose frequent words get vectors of their own (repeat; default: the training sets and the sample corpus).",
        };
        var words = new Option<string[]>("--words")
        {
            Description = "Files whose words get vectors of their own whatever their frequency (repeat; default: the shipped lexicons).",
        };
        var command = new Command("distill",
            "Distil the static encoder from the pretrained transformer shipped inside the tool (all-MiniLM-L6-v2): every vocabulary " +
            "token through the model, principal axes, frequency weights, 8-bit values. Takes about a minute; same bytes on every run. " +
            "Models trained with other vectors are refused, so retrain them afterwards (corpora/models/retrain.sh).\n\n" +
            "Example:\n  framing distill --out corpora/models/static_vectors.bin")
        {
            output, frequencies, words,
        };
        command.SetAction(parse =>
        {
            var outWriter = parse.InvocationConfiguration.Output;
            var files = parse.GetValue(frequencies) is { Length: > 0 } given ? given : DefaultFrequencyFiles();
            var wordFiles = parse.GetValue(words) is { Length: > 0 } listed ? listed : DefaultWordFiles();
            foreach (var file in files.Concat(wordFiles))
            {
                if (!File.Exists(file))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"error: {file}: no such file.");
                    return ExitCodes.Usage;
                }
            }
            var watch = Stopwatch.StartNew();
            var vectors = StaticVectorDistiller.Distil(files.SelectMany(File.ReadLines).ToList(), wordFiles.SelectMany(File.ReadLines),
                progress: outWriter.WriteLine);
            var path = parse.GetValue(output) ?? ToolData.Model(StaticVectors.FileName);
            vectors.Write(path);
            var written = StaticVectors.Read(path);
            outWriter.WriteLine($"Wrote {path}: {written.Name}, {written.Tokenizer.PieceCount:N0} pieces and {written.Tokenizer.Vocabulary.Count - written.Tokenizer.PieceCount:N0} whole words × {written.Dimension}, sha256 {written.Fingerprint[..12]}… ({watch.Elapsed.TotalSeconds:0} s).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string[] DefaultWordFiles()
    {
        var lexicons = Path.Combine(ToolData.DataDirectory, "lexicons");
        return Directory.Exists(lexicons) ? [.. Directory.GetFiles(lexicons, "*.csv").OrderBy(f => f, StringComparer.Ordinal)] : [];
    }

    /// <summary>The project's own text: training sets and sample articles, in a fixed order.</summary>
    private static string[] DefaultFrequencyFiles()
    {
        var data = ToolData.DataDirectory;
        var training = Directory.Exists(Path.Combine(data, "training"))
            ? Directory.GetFiles(Path.Combine(data, "training"), "*.csv") : [];
        var sample = Directory.Exists(ToolData.SampleCorpus)
            ? Directory.GetFiles(ToolData.SampleCorpus, "*.txt", SearchOption.AllDirectories) : [];
        return [.. training.Concat(sample).OrderBy(f => f, StringComparer.Ordinal)];
    }
}
