using FramingAnalyzer.Loaded;
using FramingAnalyzer.Lexicons;
using System.CommandLine;
using FramingAnalyzer.Learning;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>
/// <c>framing evaluate TASK --data GOLD.csv [--model MODEL.zip] [--min-macro-f1 X] [--min-f1 CLASS=X ...]
/// [--thresholds FILE] [--junit FILE] [--out DIR]</c>. Exit 0 when every threshold holds, 1 when one does not, 2 on
/// usage or input errors.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var task = TaskArgument.Create();
        var data = new Option<string>("--data") { Description = "Gold CSV (same columns as training data for the task).", Required = true };
        var model = new Option<string?>("--model") { Description = "Model .zip to evaluate (default: the shipped model for the task)." };
        var minMacro = new Option<double?>("--min-macro-f1") { Description = "Fail (exit 1) when macro-F1 is below this." };
        var minF1 = new Option<string[]>("--min-f1") { Description = "Fail when a class's F1 is below a floor: --min-f1 loaded=0.8 (repeatable)." };
        var thresholds = new Option<string?>("--thresholds") { Description = "CSV of floors (task,metric,min; metric macro_f1, accuracy or f1:CLASS), e.g. corpora/gold/thresholds.csv." };
        var junit = new Option<string?>("--junit") { Description = "Write JUnit XML with one test case per threshold." };
        var vectors = VectorsOption.Create();
        var output = new Option<string?>("--out", "-o") { Description = "Folder for metrics.csv, confusion.csv and the confusion-matrix and per-class F1 charts." };
        var command = new Command("evaluate",
            "Evaluate a classifier on a gold set: accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix; enforce thresholds for CI.\n\n" +
            "Exit codes: 0 every threshold holds, 1 a threshold failed (the message says which and by how much), 2 usage or input error.\n\nExamples:\n" +
            "  framing evaluate loaded --data corpora/gold/loaded_sentences.csv --thresholds corpora/gold/thresholds.csv --junit evaluate-loaded.xml\n" +
            "  framing evaluate source_type --data my_gold.csv --model my-models/source_type.zip --min-macro-f1 0.7 --min-f1 official=0.8 --out eval/")
        {
            task, data, model, minMacro, minF1, thresholds, junit, output, vectors,
        };
        command.SetAction(parse =>
        {
            var outWriter = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var classifierTask = TaskArgument.Resolve(parse.GetValue(task)!);
                var floors = new List<Threshold>();
                if (parse.GetValue(minMacro) is double macro) floors.Add(Threshold.Parse("macro_f1", macro.ToString(System.Globalization.CultureInfo.InvariantCulture), "--min-macro-f1"));
                foreach (var value in parse.GetValue(minF1) ?? [])
                {
                    int eq = value.LastIndexOf('=');
                    if (eq <= 0) throw new UsageException($"--min-f1 '{value}': expected CLASS=X.");
                    var label = value[..eq];
                    if (!classifierTask.Labels.Contains(label)) throw new UsageException($"--min-f1 '{value}': '{label}' is not a class of task {classifierTask.Name} ({string.Join(", ", classifierTask.Labels)}).");
                    floors.Add(Threshold.Parse("f1:" + label, value[(eq + 1)..], "--min-f1"));
                }
                if (parse.GetValue(thresholds) is { } thresholdFile)
                {
                    if (!File.Exists(thresholdFile)) throw new UsageException($"--thresholds: file '{thresholdFile}' does not exist.");
                    floors.AddRange(Threshold.ReadFile(thresholdFile, classifierTask.Name));
                }

                var gold = LabelledDataReader.Read(classifierTask, [parse.GetValue(data)!], requireTwoClasses: false);
                var modelPath = parse.GetValue(model) ?? ModelCatalog.PathFor(classifierTask, null);
                ITextClassifier classifier = Learning.FineTuning.FineTunedTextClassifier.IsFineTuned(ModelMetadata.ReadFrom(modelPath))
                    ? Learning.FineTuning.FineTunedTextClassifier.Load(modelPath, classifierTask)
                    : ModelCatalog.LoadWithOwnEncoder(modelPath, classifierTask, LoadedTaskFeatures.For(classifierTask),
                        AnalyzerOptionSet.ExistingFile(parse.GetValue(vectors), "--vectors"));
                using var release = (IDisposable)classifier;
                var predictions = classifier.Predict(gold.Select(e => e.Input).ToArray());
                var report = ClassificationReport.From(classifierTask.Labels, gold.Select(e => e.Label).ToList(), predictions.Select(p => p.Label).ToList());
                outWriter.WriteLine($"Evaluated {modelPath} (task {classifierTask.Name}) on {parse.GetValue(data)}:");
                ReportPrinter.Print(outWriter, report);

                if (parse.GetValue(output) is { } outDir)
                {
                    EvaluationTables.Write(outDir, report);
                    EvaluationTables.WritePredictions(outDir, gold, predictions);
                    EvaluationCharts.Write(outDir, classifierTask, report);
                    outWriter.WriteLine($"Tables and charts written to {outDir}");
                }
                var results = floors.Select(f => f.Check(report)).ToList();
                foreach (var result in results) outWriter.WriteLine($"  {(result.Passed ? "PASS" : "FAIL")} {result.Describe()}");
                if (parse.GetValue(junit) is { } junitPath) JUnitReport.Write(junitPath, classifierTask.Name, results);
                if (results.Any(r => !r.Passed))
                {
                    error.WriteLine($"{results.Count(r => !r.Passed)} of {results.Count} thresholds failed: " + string.Join("; ", results.Where(r => !r.Passed).Select(r => r.Describe())));
                    return ExitCodes.Failed;
                }
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is TrainingDataException or UsageException or ModelLoadException or Lexicons.LexiconException or Encoders.EncoderLoadException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
