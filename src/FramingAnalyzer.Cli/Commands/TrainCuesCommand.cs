using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Encoders;
using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>
/// <c>framing train-cues [--brat DIR] [--out FILE] [--folds N] [--penalty X] [--threshold P]</c>: trains the learned cue
/// detector (<see cref="CueDetector"/>) on a brat-annotated folder (default: corpora/attributions) with the shipped
/// reporting verbs and encoder vectors; <c>--folds N</c> first prints the attribution scores of the extractor with
/// detectors trained by N-fold cross-validation by article (an honest figure on the training corpus).
/// </summary>
internal static class TrainCuesCommand
{
    public static Command Create()
    {
        var brat = new Option<string?>("--brat") { Description = "The annotated folder (text/ and attributions/) to train on (default: the tool's corpora/attributions)." };
        var output = new Option<string?>("--out", "-o") { Description = $"Where to write the detector (default: none; the shipped one is corpora/models/{CueDetector.FileName})." };
        var folds = new Option<int>("--folds") { Description = "Also cross-validate by article with this many folds (0: no).", DefaultValueFactory = _ => 0 };
        var penalty = new Option<double>("--penalty") { Description = "L2 penalty of the logistic regression.", DefaultValueFactory = _ => CueDetectorTrainer.DefaultPenalty };
        var threshold = new Option<double>("--threshold") { Description = "Probability from which a word is taken as a cue.", DefaultValueFactory = _ => CueDetectorTrainer.DefaultThreshold };
        var embedding = new Option<string>("--word-vector") { Description = "Whether the word's encoder vector is a feature itself (on), or only its similarity to the lexicon's verbs (off).", DefaultValueFactory = _ => CueDetectorTrainer.DefaultEmbedding ? "on" : "off" };
        embedding.AcceptOnlyFromAmong("on", "off");
        var negatives = new Option<string[]>("--unattributed")
        {
            Description = "Sentence-function CSV files (text,label) whose sentences labelled unattributed_claim or background give negatives: every candidate word in them (repeat).",
        };
        var plain = new Option<string[]>("--plain")
        {
            Description = "CSV files with a text column (e.g. the loaded-language training set) whose sentences without a quotation mark and without an attribution the lexicon finds give negatives (repeat).",
        };
        var command = new Command("train-cues",
            "Train the learned cue detector, which proposes cue verbs the reporting-verb lexicon does not know, on the project's annotated " +
            "attributions (a logistic regression over context features and the word's static encoder vector; same bytes on every run).\n\n" +
            "Example (as corpora/models/retrain.sh runs it):\n  framing train-cues --brat corpora/attributions --unattributed corpora/training/sentence_functions.csv " +
            "--plain corpora/training/loaded_sentences_part1.csv ... --out corpora/models/cue_detector.bin")
        {
            brat, output, folds, penalty, threshold, embedding, negatives, plain,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var directory = parse.GetValue(brat) ?? Path.Combine(ToolData.DataDirectory, "attributions");
            if (!Directory.Exists(Path.Combine(directory, "text")) || !Directory.Exists(Path.Combine(directory, "attributions")))
            {
                error.WriteLine($"error: --brat: '{directory}' has no text/ and attributions/ folders.");
                return ExitCodes.Usage;
            }
            double p = parse.GetValue(threshold), l2 = parse.GetValue(penalty);
            if (p is <= 0 or >= 1 || l2 < 0)
            {
                error.WriteLine("error: --threshold must lie between 0 and 1 and --penalty must be 0 or more.");
                return ExitCodes.Usage;
            }
            ReportingVerbLexicon verbs;
            StaticVectors table;
            try
            {
                verbs = ReportingVerbLexicon.Load(ToolData.Lexicon("reporting_verbs.csv"));
                table = EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath);
            }
            catch (Exception ex) when (ex is LexiconException or EncoderLoadException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
            int k = parse.GetValue(folds);
            bool vector = parse.GetValue(embedding) == "on";
            var sentences = parse.GetValue(negatives) ?? [];
            var plainFiles = parse.GetValue(plain) ?? [];
            foreach (var file in sentences.Concat(plainFiles))
            {
                if (!File.Exists(file))
                {
                    error.WriteLine($"error: {file}: no such file.");
                    return ExitCodes.Usage;
                }
            }
            if (k >= 2)
            {
                writer.WriteLine($"{k}-fold cross-validation by article (extractor with the out-of-fold detector):");
                writer.WriteLine($"{"field",-8}{"matching",-10}{"gold",7}{"predicted",11}{"precision",11}{"recall",9}{"F1",7}");
                foreach (var s in CueDetectorTrainer.CrossValidate(directory, verbs, table, k, l2, p, vector, sentences, plainFiles))
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{s.Field,-8}{s.Matching,-10}{s.Gold,7}{s.Predicted,11}{s.Precision,11:0.000}{s.Recall,9:0.000}{s.F1,7:0.000}"));
                }
            }
            var (detector, examples, positives) = CueDetectorTrainer.Train(directory, verbs, table, l2, p, embedding: vector, negativeSentences: sentences, plainSentences: plainFiles);
            writer.WriteLine($"trained on {detector.TrainedOn}");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias {detector.Bias:0.000}; context weights:"));
            foreach (var (feature, weight) in detector.ContextFeatureWeights)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {feature,-28}{weight,8:0.000}"));
            }
            var outFile = parse.GetValue(output);
            if (outFile is not null)
            {
                detector.Write(outFile);
                writer.WriteLine($"wrote {outFile}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
