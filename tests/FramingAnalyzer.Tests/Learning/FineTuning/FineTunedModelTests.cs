using System.IO.Compression;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Learning.FineTuning;
using FramingAnalyzer.Tests.Cli;
using Xunit;

namespace FramingAnalyzer.Tests.Learning.FineTuning;

/// <summary>Fine-tuned models on the real MiniLM weights, trained for seconds on a few sentences written here.</summary>
public sealed class FineTunedModelTests : IDisposable
{
    private static readonly string[] Loaded =
    [
        "The reckless mayor rammed through another disastrous giveaway to his cronies.",
        "Shameless lawmakers once again betrayed the families who trusted them.",
        "The so-called reform is nothing but a cynical power grab.",
        "Radical activists are waging a vicious war on ordinary drivers.",
        "The minister's pathetic excuses insult every worker in the valley.",
        "Greedy landlords are gouging desperate tenants with outrageous rents.",
        "The council's sneaky scheme will gut the town's beloved library.",
        "Extremists in the chamber are hell-bent on destroying the budget.",
        "This disgraceful ruling is a slap in the face to victims.",
        "The bumbling agency has botched the flood response yet again.",
        "Out-of-touch elites sneer at farmers who feed the country.",
        "The governor's ludicrous plan is a fantasy dressed up as policy.",
    ];
    private static readonly string[] Neutral =
    [
        "The council voted six to three to approve the library budget on Tuesday.",
        "The ministry said the new rail line would open in March.",
        "Rents in the valley rose four percent last year, according to the housing office.",
        "The mayor will present the plan at a public meeting next week.",
        "Lawmakers debated the bill for three hours before adjourning.",
        "The agency opened two shelters after the river rose overnight.",
        "The court is expected to rule on the appeal in the spring.",
        "Farmers in the region planted wheat earlier than usual this year.",
        "The governor signed the measure into law on Friday afternoon.",
        "Officials said the bridge would be closed for repairs until June.",
        "The company reported higher sales in its third quarter.",
        "The school board met to discuss the new bus schedule.",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("fine-tuned-").FullName;

    private static List<LabelledExample> Examples() =>
        Loaded.Select((t, i) => new LabelledExample(t, "", "loaded", i + 2))
            .Concat(Neutral.Select((t, i) => new LabelledExample(t, "", "neutral", i + 2 + Loaded.Length))).ToList();

    private static readonly FineTuneOptions Quick = new(Epochs: 2, BatchSize: 8, Seed: 7);

    private string WriteCsv()
    {
        var path = Path.Combine(_folder, "sentences.csv");
        File.WriteAllLines(path, ["text,label", .. Examples().Select(e => $"\"{e.Text}\",{e.Label}")]);
        return path;
    }

    [Fact]
    public void A_saved_model_gives_the_labels_and_nearly_the_probabilities_it_gave_when_trained()
    {
        var examples = Examples();
        var path = Path.Combine(_folder, "loaded.zip");
        using var tuner = new TransformerFineTuner(1, Quick);
        var trained = tuner.Fit(ClassifierTask.Loaded, examples, round: 0);
        var expected = tuner.Probabilities(trained, examples.Select(e => e.Input).ToList());

        FineTunedTextClassifier.TrainAndSave(ClassifierTask.Loaded, examples, tuner, path);
        using var loaded = FineTunedTextClassifier.Load(path, ClassifierTask.Loaded);
        var predictions = loaded.Predict(examples.Select(e => e.Input).ToList());

        Assert.Equal("fine-tune", loaded.Metadata.Trainer);
        Assert.Equal("minilm-l6-v2/fine-tuned-top1", loaded.Metadata.Encoder);
        for (int i = 0; i < examples.Count; i++)
        {
            int best = expected[i][0] >= expected[i][1] ? 0 : 1;
            Assert.Equal(ClassifierTask.Loaded.Labels[best], predictions[i].Label);
            // trained matrices are stored as 8-bit differences from the pretrained ones
            Assert.InRange(predictions[i].Probability, expected[i][best] - 0.002f, expected[i][best] + 0.002f);
        }
    }

    [Fact]
    public void A_trained_layer_takes_about_a_byte_per_weight_on_disk()
    {
        var path = Path.Combine(_folder, "loaded.zip");
        using (var tuner = new TransformerFineTuner(1, Quick)) FineTunedTextClassifier.TrainAndSave(ClassifierTask.Loaded, Examples(), tuner, path);
        // one BERT layer holds 1,771,776 weights (7.1 MB as floats); its matrices are stored as bytes, before compression
        Assert.InRange(new FileInfo(path).Length, 100_000, 1_900_000);
    }

    [Fact]
    public void Training_changes_what_the_pretrained_layers_and_a_fresh_head_would_say()
    {
        using var tuner = new TransformerFineTuner(1, Quick);
        var texts = Examples().Select(e => e.Input).ToList();
        var before = tuner.Probabilities(tuner.NewModel(ClassifierTask.Loaded, 7), texts);
        var after = tuner.Probabilities(tuner.Fit(ClassifierTask.Loaded, Examples(), round: 0), texts);
        Assert.Contains(Enumerable.Range(0, texts.Count), i => Math.Abs(before[i][0] - after[i][0]) > 0.01);
    }

    [Fact]
    public void A_model_fine_tuned_from_another_transformer_is_refused()
    {
        var path = Path.Combine(_folder, "loaded.zip");
        using (var tuner = new TransformerFineTuner(1, Quick)) FineTunedTextClassifier.TrainAndSave(ClassifierTask.Loaded, Examples(), tuner, path);
        (ModelMetadata.ReadFrom(path) with { EncoderSha256 = new string('0', 64) }).WriteInto(path);

        var ex = Assert.Throws<ModelLoadException>(() => FineTunedTextClassifier.Load(path, ClassifierTask.Loaded));
        Assert.Contains("another transformer", ex.Message);
        var run = CliRun.Of("evaluate", "loaded", "--data", WriteCsv(), "--model", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error);

        // analyze says the same before reading any article
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus", "Outlet A")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "The council met on Tuesday.\n\nThe mayor said the plan would pass.\n");
        var output = Path.Combine(_folder, "out");
        var analyze = CliRun.Of("analyze", Path.Combine(_folder, "corpus"), "--out", output, "--models", _folder, "--no-charts");
        Assert.Equal(2, analyze.ExitCode);
        Assert.Contains("another transformer", analyze.Error);
        Assert.Contains("loaded.zip", analyze.Error);
        Assert.False(File.Exists(Path.Combine(output, "articles.csv")));
    }

    [Fact]
    public void Damaged_weights_are_refused_with_the_file_named()
    {
        var path = Path.Combine(_folder, "loaded.zip");
        using (var tuner = new TransformerFineTuner(1, Quick)) FineTunedTextClassifier.TrainAndSave(ClassifierTask.Loaded, Examples(), tuner, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(FineTunedTextClassifier.WeightsEntry)!.Delete();
            using var writer = new BinaryWriter(zip.CreateEntry(FineTunedTextClassifier.WeightsEntry).Open());
            writer.Write("FAFT1");
            writer.Write(1);
            writer.Write(3);
            writer.Write("encoder.layer.5.attention.self.query.weight");
        }
        var ex = Assert.Throws<ModelLoadException>(() => FineTunedTextClassifier.Load(path, ClassifierTask.Loaded));
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void The_train_command_cross_validates_writes_and_evaluate_reads_the_model()
    {
        var csv = WriteCsv();
        var model = Path.Combine(_folder, "models", "loaded.zip");
        var train = CliRun.Of("train", "loaded", "--data", csv, "--folds", "2", "--fine-tune", "1", "--out", model);
        Assert.True(train.ExitCode == 0, train.Error);
        Assert.Contains("2-fold cross-validation (MiniLM fine-tuned: top 1 layers", train.Output);
        Assert.Contains("per-fold macro-F1:", train.Output);
        Assert.Contains("round 2: epoch 3/3", train.Error);
        Assert.True(File.Exists(model));

        var evaluate = CliRun.Of("evaluate", "loaded", "--data", csv, "--model", model);
        Assert.True(evaluate.ExitCode == 0, evaluate.Error);
        Assert.Contains("macro", evaluate.Output, StringComparison.OrdinalIgnoreCase);

        // analyze uses it from --models in place of the shipped model, and names it in run.json
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus", "Outlet A")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "The council met on Tuesday.\n\nThe reckless mayor said the shameless plan would pass.\n");
        var output = Path.Combine(_folder, "out");
        var analyze = CliRun.Of("analyze", Path.Combine(_folder, "corpus"), "--out", output, "--models", Path.GetDirectoryName(model)!, "--no-charts");
        Assert.True(analyze.ExitCode == 0, analyze.Error);
        Assert.Contains("minilm-l6-v2/fine-tuned-top1", File.ReadAllText(Path.Combine(output, "run.json")));
    }

    private static readonly (string Source, string Sentence, string Label)[] Sources =
    [
        ("the interior minister", "The interior minister said the border would reopen on Monday.", "official"),
        ("a police spokesman", "A police spokesman said two men had been detained.", "official"),
        ("the finance ministry", "The finance ministry said tax receipts rose in May.", "official"),
        ("the deputy mayor", "The deputy mayor said the bridge was safe.", "official"),
        ("a baker in the old town", "A baker in the old town said flour had doubled in price.", "citizen"),
        ("one commuter", "One commuter said the trains were always late.", "citizen"),
        ("a retired teacher", "A retired teacher said she had voted for the first time.", "citizen"),
        ("a mother of three", "A mother of three said the school was too far away.", "citizen"),
    ];

    private string WriteSourcesCsv()
    {
        var path = Path.Combine(_folder, "sources.csv");
        File.WriteAllLines(path, ["source,sentence,label", .. Sources.Select(s => $"{s.Source},\"{s.Sentence}\",{s.Label}")]);
        return path;
    }

    [Fact]
    public void A_source_type_model_reads_the_phrase_and_its_sentence_as_a_pair()
    {
        var examples = Sources.Select((s, i) => new LabelledExample(s.Source, s.Sentence, s.Label, i + 2)).ToList();
        using var tuner = new TransformerFineTuner(1, Quick);
        var model = tuner.Fit(ClassifierTask.SourceType, examples, round: 0);
        var p = tuner.Probabilities(model, [new("the official", "The official said the talks had failed."), new("the official", "The official result was announced late."), new("the official")]);
        Assert.Equal(ClassifierTask.SourceType.Labels.Count, p[0].Length);
        Assert.NotEqual(p[0], p[1]);
        Assert.NotEqual(p[0], p[2]);
    }

    [Fact]
    public void The_trained_layers_written_into_the_onnx_graph_give_what_the_training_code_gives()
    {
        var examples = Sources.Select((s, i) => new LabelledExample(s.Source, s.Sentence, s.Label, i + 2)).ToList();
        using var tuner = new TransformerFineTuner(2, Quick);
        var model = tuner.Fit(ClassifierTask.SourceType, examples, round: 0);
        var inputs = examples.Select(e => e.Input).Append(new("a local beekeeper", "A local beekeeper said the hives had survived.")).ToList();
        var trained = tuner.Probabilities(model, inputs);
        using var exported = tuner.ExportToOnnx(model);
        var onnx = tuner.Probabilities(exported, model, inputs);
        for (int i = 0; i < inputs.Count; i++)
        {
            for (int c = 0; c < trained[i].Length; c++) Assert.InRange(onnx[i][c], trained[i][c] - 1e-4f, trained[i][c] + 1e-4f);
        }
        // and the package's own layers are not what it runs
        using var package = new FramingAnalyzer.Encoders.MiniLmTransformer();
        Assert.NotEqual(package.RunToLayer([101, 1996, 3040, 102], 5), exported.RunToLayer([101, 1996, 3040, 102], 5));
    }

    [Fact]
    public void Analyze_types_with_a_fine_tuned_source_type_model_where_the_rules_say_nothing()
    {
        var models = Path.Combine(_folder, "models");
        var train = CliRun.Of("train", "source_type", "--data", WriteSourcesCsv(), "--fine-tune", "1", "--out", Path.Combine(models, "source_type.zip"));
        Assert.True(train.ExitCode == 0, train.Error);

        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus", "Outlet A")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "Storms hit the coast.\n\nTamsin Okoro said the harbour wall had cracked overnight.\n");
        var output = Path.Combine(_folder, "out");
        var analyze = CliRun.Of("analyze", Path.Combine(_folder, "corpus"), "--out", output, "--models", models, "--no-charts");
        Assert.True(analyze.ExitCode == 0, analyze.Error);
        var attributions = File.ReadAllLines(Path.Combine(output, "attributions.csv"));
        var header = attributions[0].Split(',');
        var row = attributions.Skip(1).Single(l => l.Contains("Tamsin Okoro", StringComparison.Ordinal)).Split(',');
        Assert.StartsWith("model", row[Array.IndexOf(header, "type_evidence")]);
        Assert.Contains("minilm-l6-v2/fine-tuned-top1", File.ReadAllText(Path.Combine(output, "run.json")));
    }

    [Theory]
    [InlineData("loaded", "6", "1 to 5 layers")]
    [InlineData("loaded", "-1", "1 to 5 layers")]
    public void Fine_tuning_refuses_what_it_cannot_do(string task, string layers, string message)
    {
        var csv = Path.Combine(_folder, "data.csv");
        File.WriteAllLines(csv, task == "loaded"
            ? ["text,label", .. Examples().Select(e => $"\"{e.Text}\",{e.Label}")]
            : ["source,sentence,label", "the minister,\"The minister said so.\",official", "a farmer,\"A farmer said so.\",citizen"]);
        var run = CliRun.Of("train", task, "--data", csv, "--folds", "2", "--fine-tune", layers);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
