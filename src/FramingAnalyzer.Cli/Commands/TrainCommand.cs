using FramingAnalyzer.Loaded;
using FramingAnalyzer.Lexicons;
using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Encoders;
using FramingAnalyzer.Learning;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing train TASK --data FILE.csv [--out MODEL.zip] [--seed N] [--folds K]</c>.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var task = TaskArgument.Create();
        var data = new Option<string[]>("--data") { Description = "Labelled CSV (repeat to combine files). Columns: see TASK.", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the model (.zip). Without --folds the default is <task>.zip." };
        var seed = new Option<int>("--seed") { Description = "Random seed (same data and seed, same model).", DefaultValueFactory = _ => 42 };
        var folds = new Option<int?>("--folds") { Description = "Report K-fold cross-validated metrics (minimal pairs kept in one fold). With --out, the model is written afterwards." };
        var trainer = new Option<TrainerKind?>("--trainer") { Description = "sdca, lbfgs or lightgbm (default: the best measured for the task, see docs/models.md)." };
        var ngrams = new Option<NgramKind?>("--ngrams") { Description = "word, char or wordandchar (default: the best measured for the task)." };
        var gold = new Option<string?>("--gold") { Description = "Gold CSV to evaluate the trained model on; its metrics are stored in the model (and shown in run.json)." };
        var compare = new Option<bool>("--compare") { Description = "With --folds: compare every trainer × n-gram setting, and the encoder tiers (none, static, contextual), on the same folds and print a table." };
        var encoder = EncoderOption.Create("The encoder whose vectors are features beside the n-grams: static (default), contextual (slower to train and to run; " +
            "models go to --models folders or models/contextual/) or none.");
        var vectors = VectorsOption.Create();
        var writeFolds = new Option<string?>("--write-folds") { Description = "With --folds: write each example's fold (CSV: line,fold) so that other tools can be compared on the same folds." };
        var encoderScale = new Option<float>("--encoder-scale") { Description = "Length of the encoder's vector relative to the n-gram bags (default: the measured best, docs/models.md).", DefaultValueFactory = _ => EncoderFeatures.DefaultScale };
        var l2 = new Option<float>("--l2") { Description = "L2 penalty of the lbfgs trainer (default 0.1, the shipped models'; wider encoder vectors may want more, docs/models.md).", DefaultValueFactory = _ => ModelOptions.DefaultL2Regularization };
        var fineTune = new Option<int>("--fine-tune") { Description = "Fine-tune the top K layers of the MiniLM transformer (1-5) as the classifier, instead of the n-gram model " +
            "(slow: minutes per fold on two cores; docs/models.md); without --folds, or with --out, the model trained on all the data is written. " +
            "source_type reads the phrase and its sentence as a pair. 'framing evaluate --model' reads such a model, and 'analyze --models DIR' uses it " +
            "from DIR (each text then runs through the transformer: about as slow as --encoder contextual).", DefaultValueFactory = _ => 0 };
        l2.Validators.Add(r =>
        {
            if (!(r.GetValueOrDefault<float>() >= 0)) r.AddError("--l2 must be 0 or more.");
        });
        encoderScale.Validators.Add(r =>
        {
            if (!(r.GetValueOrDefault<float>() > 0)) r.AddError("--encoder-scale must be more than 0.");
        });
        var command = new Command("train",
            "Train one of the tool's classifiers from labelled CSV, or cross-validate it.\n\nExamples:\n" +
            "  framing train loaded --data corpora/training/loaded_sentences_part1.csv --data corpora/training/loaded_sentences_part2.csv --out my-models/loaded.zip\n" +
            "  framing train source_type --data my_sources.csv --folds 5\n" +
            "  framing train function --data corpora/training/sentence_functions.csv --folds 5 --compare\n" +
            "  framing train loaded --data my_labelled_sentences.csv --folds 5 --fine-tune 5\n" +
            "  framing train loaded --data my_labelled_sentences.csv --fine-tune 5 --out my-models/loaded.zip   (then: framing analyze CORPUS --models my-models)")
        {
            task, data, output, seed, folds, trainer, ngrams, gold, compare, encoder, encoderScale, l2, writeFolds, vectors, fineTune,
        };
        command.SetAction(parse =>
        {
            var outWriter = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var classifierTask = TaskArgument.Resolve(parse.GetValue(task)!);
                var examples = LabelledDataReader.Read(classifierTask, parse.GetValue(data)!);
                var defaults = ModelOptions.DefaultFor(classifierTask, LoadedTaskFeatures.For(classifierTask));
                var options = defaults with
                {
                    Seed = parse.GetValue(seed),
                    Trainer = parse.GetValue(trainer) ?? defaults.Trainer,
                    Ngrams = parse.GetValue(ngrams) ?? defaults.Ngrams,
                    Encoder = EncoderCatalog.For(parse.GetValue(encoder), AnalyzerOptionSet.ExistingFile(parse.GetValue(vectors), "--vectors")),
                    EncoderScale = parse.GetValue(encoderScale),
                    L2Regularization = parse.GetValue(l2),
                };
                outWriter.WriteLine($"Task {classifierTask.Name}: {examples.Count} examples ({string.Join(", ", examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}); training data sha256 {LabelledDataReader.Hash(examples)[..12]}…");
                int? k = parse.GetValue(folds);
                if (k is not null && parse.GetValue(writeFolds) is { } foldsPath)
                {
                    var assignment = CrossValidation.AssignFolds(examples, k.Value, options.Seed, e => e.Group);
                    File.WriteAllLines(foldsPath, ["line,fold", .. examples.Select((e, i) => $"{e.Line},{assignment[i]}")]);
                }
                int fineTuneLayers = parse.GetValue(fineTune);
                if (fineTuneLayers != 0)
                {
                    FineTune(outWriter, error, classifierTask, examples, options.Seed, fineTuneLayers, k, parse.GetValue(output), parse.GetValue(gold), parse.GetValue(compare));
                    return ExitCodes.Ok;
                }
                if (k is not null)
                {
                    if (parse.GetValue(compare))
                    {
                        Compare(outWriter, classifierTask, examples, options, k.Value, parse.GetValue(vectors));
                    }
                    else
                    {
                        var cv = CrossValidation.Run(classifierTask, examples, options, k.Value, e => e.Group);
                        outWriter.WriteLine($"{k}-fold cross-validation ({options.Trainer}, {options.Ngrams} n-grams, encoder {options.Encoder?.Name ?? "none"}" +
                            (options.L2Regularization == ModelOptions.DefaultL2Regularization ? "" : string.Create(CultureInfo.InvariantCulture, $", L2 {options.L2Regularization}")) + $", seed {options.Seed}):");
                        ReportPrinter.Print(outWriter, cv.Pooled);
                        outWriter.WriteLine("per-fold macro-F1: " + string.Join(" ", cv.FoldMacroF1.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture))));
                    }
                }
                var outPath = parse.GetValue(output) ?? (k is null ? classifierTask.ModelFile : null);
                if (outPath is null) return ExitCodes.Ok;
                IReadOnlyDictionary<string, double>? metrics = null;
                var goldPath = parse.GetValue(gold);
                if (goldPath is not null)
                {
                    var goldExamples = LabelledDataReader.Read(classifierTask, [goldPath]);
                    var model = ModelTrainer.Fit(classifierTask, examples, options, out var ml, out _);
                    var report = ClassificationReport.From(classifierTask.Labels, goldExamples.Select(e => e.Label).ToList(), ModelTrainer.PredictLabels(ml, model, goldExamples, options));
                    outWriter.WriteLine($"Gold set {goldPath}:");
                    ReportPrinter.Print(outWriter, report);
                    metrics = report.AsDictionary();
                }
                var metadata = ModelTrainer.TrainAndSave(classifierTask, examples, options, outPath, metrics);
                outWriter.WriteLine($"Model written to {outPath} ({metadata.Trainer}, {metadata.Ngrams} n-grams{(metadata.ExtraFeatures.Length > 0 ? ", extra features " + metadata.ExtraFeatures : "")}" +
                    $"{(metadata.Encoder.Length > 0 ? ", encoder " + metadata.Encoder : "")}, seed {metadata.Seed}).");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is TrainingDataException or UsageException or Lexicons.LexiconException or EncoderLoadException or ModelLoadException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    /// <summary>
    /// <c>--fine-tune N</c>: cross-validates MiniLM with its top N layers fine-tuned (with --folds), and writes the model
    /// trained on all the data (with --out, or without --folds to the task's default file).
    /// </summary>
    private static void FineTune(TextWriter output, TextWriter log, ClassifierTask task, IReadOnlyList<LabelledExample> examples, int seed, int layers,
        int? folds, string? outPath, string? goldPath, bool compare)
    {
        if (compare) throw new UsageException("--fine-tune cannot be combined with --compare.");
        using var tuner = new Learning.FineTuning.TransformerFineTuner(layers, new Learning.FineTuning.FineTuneOptions(Seed: seed)) { Log = log };
        var o = tuner.Options;
        string setting = string.Create(CultureInfo.InvariantCulture, $"MiniLM fine-tuned: top {layers} layers, {o.Epochs} epochs, batch {o.BatchSize}, learning rate {o.LearningRate:0.######}, seed {seed}");
        tuner.Prepare(examples.Select(e => e.Input));
        if (folds is int k)
        {
            var cv = CrossValidation.Run(task, examples, seed, k, e => e.Group, (train, test, f) => tuner.FitAndPredict(task, train, test, f));
            output.WriteLine($"{k}-fold cross-validation ({setting}):");
            ReportPrinter.Print(output, cv.Pooled);
            output.WriteLine("per-fold macro-F1: " + string.Join(" ", cv.FoldMacroF1.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture))));
            output.Flush();
        }
        outPath ??= folds is null ? task.ModelFile : null;
        if (outPath is null) return;
        var metadata = Learning.FineTuning.FineTunedTextClassifier.TrainAndSave(task, examples, tuner, outPath);
        if (goldPath is not null)
        {
            var goldExamples = LabelledDataReader.Read(task, [goldPath]);
            using var model = Learning.FineTuning.FineTunedTextClassifier.Load(outPath, task);
            var report = ClassificationReport.From(task.Labels, goldExamples.Select(e => e.Label).ToList(), model.Predict(goldExamples.Select(e => e.Input).ToList()).Select(p => p.Label).ToList());
            output.WriteLine($"Gold set {goldPath}:");
            ReportPrinter.Print(output, report);
            (metadata with { Metrics = report.AsDictionary() }).WriteInto(outPath);
        }
        output.WriteLine($"Model written to {outPath} ({setting}).");
    }

    /// <summary>
    /// Every trainer × n-gram setting (with and without the extra features) with the chosen encoder, then the chosen
    /// trainer and n-grams with each encoder tier: all on the same folds.
    /// </summary>
    private static void Compare(TextWriter output, ClassifierTask task, IReadOnlyList<LabelledExample> examples, ModelOptions options, int folds, string? vectorsPath)
    {
        output.WriteLine($"| trainer | n-grams | extra features | encoder | macro-F1 ({folds}-fold) | accuracy |");
        output.WriteLine("|---|---|---|---|---|---|");
        var extras = options.Extra is null ? new[] { (ExtraFeatures?)null } : [null, options.Extra];
        void Row(ModelOptions settings)
        {
            var cv = CrossValidation.Run(task, examples, settings, folds, e => e.Group);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {settings.Trainer} | {settings.Ngrams} | {settings.Extra?.Name ?? "none"} | {settings.Encoder?.Name ?? "none"} | {cv.Pooled.MacroF1:0.000} | {cv.Pooled.Accuracy:0.000} |"));
            output.Flush();
        }
        foreach (var trainer in Enum.GetValues<TrainerKind>())
        {
            foreach (var ngrams in Enum.GetValues<NgramKind>())
            {
                foreach (var extra in extras) Row(options with { Trainer = trainer, Ngrams = ngrams, Extra = extra });
            }
        }
        foreach (var tier in Enum.GetValues<EncoderTier>())
        {
            var encoder = EncoderCatalog.For(tier, vectorsPath);
            if (encoder?.Name == options.Encoder?.Name) continue;
            Row(options with { Encoder = encoder });
        }
    }
}
