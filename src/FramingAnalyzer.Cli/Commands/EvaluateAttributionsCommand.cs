using FramingAnalyzer.Lexicons;
using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Output;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Sourcing.Evaluation;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>
/// <c>framing evaluate-attributions (--polnear DIR [--compartment test|dev] | --brat DIR) [--out FILE.csv] [--verbs FILE] [--misses N] [--spurious N]</c>:
/// measures source, cue and content detection, and source-cue pairs, against the PolNeAR corpus or a brat-annotated
/// folder such as corpora/attributions (precision, recall, F1; exact and overlap matching);
/// <c>--misses N</c> also prints the first N gold attributions whose cue was not found, and <c>--spurious N</c> the first N
/// predicted pairs that match no gold attribution, for error analysis.
/// </summary>
internal static class EvaluateAttributionsCommand
{
    /// <summary>Whether the extractor uses the learned cue detector when not told (the same as <see cref="SourcingResources"/>'s default).</summary>
    private static bool LearnedCuesByDefault => SourcingResources.LearnedCuesByDefault;

    public static Command Create()
    {
        var polnear = new Option<string?>("--polnear")
        {
            Description = "The PolNeAR data folder (holding test/ and dev/, each with text/ and attributions/).",
        };
        var brat = new Option<string?>("--brat")
        {
            Description = "Instead of --polnear: a folder holding text/NAME.txt and attributions/NAME.ann in brat standoff (e.g. corpora/attributions, the project's own annotated articles).",
        };
        var compartment = new Option<string>("--compartment")
        {
            Description = "Which compartment to score: test (report this) or dev (use it to look at errors).",
            DefaultValueFactory = _ => "test",
        };
        compartment.AcceptOnlyFromAmong("test", "dev");
        var output = new Option<string?>("--out", "-o") { Description = "Also write the scores to this CSV file." };
        var verbs = new Option<string?>("--verbs") { Description = "Reporting-verb lexicon (lemma,stance,forms) replacing the shipped one." };
        var learned = new Option<string>("--learned-cues")
        {
            Description = $"Whether the learned cue detector (corpora/models/{CueDetector.FileName}) adds cue verbs the lexicon does not know: on or off (default: {(LearnedCuesByDefault ? "on" : "off")}, as in `framing analyze`).",
            DefaultValueFactory = _ => LearnedCuesByDefault ? "on" : "off",
        };
        learned.AcceptOnlyFromAmong("on", "off");
        var detectorFile = new Option<string?>("--cue-detector") { Description = "A detector file (from `framing train-cues`) replacing the shipped one; implies --learned-cues on." };
        var cueThreshold = new Option<double?>("--cue-threshold") { Description = "The detector's threshold as a probability, replacing the one stored in it (for measuring)." };
        var misses = new Option<int>("--misses")
        {
            Description = "Also print the first N gold attributions whose cue no predicted cue overlaps (article, cue, source, sentence). Use it on dev.",
            DefaultValueFactory = _ => 0,
        };
        misses.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--misses must be 0 or more.");
        });
        var spurious = new Option<int>("--spurious")
        {
            Description = "Also print the first N predicted source-cue pairs that match no gold attribution (article, cue, source, the source " +
                "annotated for that cue or 'not annotated', sentence). Use it on dev.",
            DefaultValueFactory = _ => 0,
        };
        spurious.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--spurious must be 0 or more.");
        });

        var command = new Command("evaluate-attributions",
            "Score the attribution extractor against annotated articles: PolNeAR (political news attribution relations) or a brat folder of " +
            "your own: precision, recall and F1 of source, cue and content detection, and of source-cue pairs (a predicted source and cue " +
            "matching the same annotated attribution), with exact and overlap span matching.\n\n" +
            "Examples:\n" +
            "  framing evaluate-attributions --polnear data/polnear --compartment test --out polnear-test.csv\n" +
            "  framing evaluate-attributions --brat corpora/attributions --misses 20 --spurious 20")
        {
            polnear, compartment, brat, output, verbs, learned, detectorFile, cueThreshold, misses, spurious,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var directory = parse.GetValue(polnear);
            var bratDirectory = parse.GetValue(brat);
            var part = parse.GetValue(compartment) ?? "test";
            if ((directory is null) == (bratDirectory is null))
            {
                error.WriteLine("error: give one of --polnear DIR (the PolNeAR data folder) or --brat DIR (a folder with text/ and attributions/).");
                return ExitCodes.Usage;
            }
            if (directory is not null && (!Directory.Exists(Path.Combine(directory, part, "text")) || !Directory.Exists(Path.Combine(directory, part, "attributions"))))
            {
                error.WriteLine($"error: --polnear: '{directory}' has no {part}/text and {part}/attributions folders. Point it at the PolNeAR data folder (the one holding test/ and dev/).");
                return ExitCodes.Usage;
            }
            if (bratDirectory is not null && (!Directory.Exists(Path.Combine(bratDirectory, "text")) || !Directory.Exists(Path.Combine(bratDirectory, "attributions"))))
            {
                error.WriteLine($"error: --brat: '{bratDirectory}' has no text/ and attributions/ folders (text/NAME.txt with attributions/NAME.ann).");
                return ExitCodes.Usage;
            }
            ReportingVerbLexicon lexicon;
            try
            {
                lexicon = ReportingVerbLexicon.Load(parse.GetValue(verbs) ?? ToolData.Lexicon("reporting_verbs.csv"));
            }
            catch (LexiconException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
            CueDetector? detector = null;
            try
            {
                var file = parse.GetValue(detectorFile);
                if (file is not null) detector = CueDetector.Read(file).Attach(Encoders.EncoderCatalog.Table(Encoders.EncoderCatalog.ShippedVectorsPath), lexicon);
                else if (parse.GetValue(learned) == "on") detector = CueDetector.LoadShipped(lexicon);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or Encoders.EncoderLoadException)
            {
                error.WriteLine($"error: the cue detector: {ex.Message}");
                return ExitCodes.Usage;
            }
            if (detector is not null && parse.GetValue(cueThreshold) is double p)
            {
                if (p is <= 0 or >= 1)
                {
                    error.WriteLine("error: --cue-threshold must lie between 0 and 1.");
                    return ExitCodes.Usage;
                }
                detector = detector.WithThreshold((float)Math.Log(p / (1 - p)));
            }
            var extractor = new AttributionExtractor(lexicon, detector);
            var result = directory is not null ? AttributionSpanEvaluation.Run(directory, part, extractor) : AttributionSpanEvaluation.RunBrat(bratDirectory!, extractor);
            Print(writer, result);
            PrintMisses(writer, result, parse.GetValue(misses));
            PrintSpurious(writer, result, parse.GetValue(spurious));
            var outFile = parse.GetValue(output);
            if (outFile is not null)
            {
                try
                {
                    Write(outFile, result);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"error: --out: cannot write '{outFile}': {ex.Message}");
                    return ExitCodes.Usage;
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter writer, AttributionEvaluationResult result)
    {
        writer.WriteLine(result.Compartment is "test" or "dev"
            ? $"PolNeAR {result.Compartment}: {result.Articles} articles (first annotator file per article as reference)"
            : $"{result.Compartment}: {result.Articles} articles");
        writer.WriteLine("(pair: a predicted source and cue that both match the same annotated attribution; annotations without a source are not counted as pairs)");
        writer.WriteLine($"{"field",-8}{"matching",-10}{"gold",7}{"predicted",11}{"precision",11}{"recall",9}{"F1",7}");
        foreach (var s in result.Scores)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Field,-8}{s.Matching,-10}{s.Gold,7}{s.Predicted,11}{s.Precision,11:0.000}{s.Recall,9:0.000}{s.F1,7:0.000}"));
        }
    }

    private static void PrintMisses(TextWriter writer, AttributionEvaluationResult result, int count)
    {
        if (count == 0) return;
        writer.WriteLine();
        writer.WriteLine($"missed cues: first {Math.Min(count, result.Misses.Count)} of {result.Misses.Count} gold attributions whose cue no predicted cue overlaps");
        foreach (var miss in result.Misses.Take(count))
        {
            writer.WriteLine($"{miss.Article}\tcue: {miss.Cue}\tsource: {(miss.Source.Length == 0 ? "-" : miss.Source)}");
            writer.WriteLine($"    {miss.Sentence}");
        }
    }

    private static void PrintSpurious(TextWriter writer, AttributionEvaluationResult result, int count)
    {
        if (count == 0) return;
        writer.WriteLine();
        writer.WriteLine($"spurious pairs: first {Math.Min(count, result.Spurious.Count)} of {result.Spurious.Count} predicted source-cue pairs that match no gold attribution");
        foreach (var pair in result.Spurious.Take(count))
        {
            var gold = pair.GoldSource is null ? "not annotated" : $"annotated source: {pair.GoldSource}";
            writer.WriteLine($"{pair.Article}\tcue: {pair.Cue}\tsource: {pair.Source}\t{gold}");
            writer.WriteLine($"    {pair.Sentence}");
        }
    }

    private static void Write(string path, AttributionEvaluationResult result)
    {
        using var table = new TableWriter(path, ["compartment", "field", "matching", "gold", "predicted", "matched_predicted", "matched_gold", "precision", "recall", "f1"]);
        foreach (var s in result.Scores)
        {
            table.Text(result.Compartment).Text(s.Field).Text(s.Matching).Integer(s.Gold).Integer(s.Predicted).Integer(s.MatchedPredicted)
                .Integer(s.MatchedGold).Number(Math.Round(s.Precision, 4)).Number(Math.Round(s.Recall, 4)).Number(Math.Round(s.F1, 4));
            table.EndRow();
        }
    }
}
