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
    public void A_saved_model_gives_the_probabilities_it_gave_when_trained()
    {
        var examples = Examples();
        var path = Path.Combine(_folder, "loaded.zip");
        using var tuner = new TransformerFineTuner(1, Quick);
        var trained = tuner.Fit(ClassifierTask.Loaded, examples, round: 0);
        var expected = tuner.Probabilities(trained, examples.Select(e => e.Text).ToList());

        FineTunedTextClassifier.TrainAndSave(ClassifierTask.Loaded, examples, tuner, path);
        using var loaded = FineTunedTextClassifier.Load(path, ClassifierTask.Loaded);
        var predictions = loaded.Predict(examples.Select(e => e.Input).ToList());

        Assert.Equal("fine-tune", loaded.Metadata.Trainer);
        Assert.Equal("minilm-l6-v2/fine-tuned-top1", loaded.Metadata.Encoder);
        for (int i = 0; i < examples.Count; i++)
        {
            int best = expected[i][0] >= expected[i][1] ? 0 : 1;
            Assert.Equal(ClassifierTask.Loaded.Labels[best], predictions[i].Label);
            Assert.Equal(expected[i][best], predictions[i].Probability);
        }
    }

    [Fact]
    public void Training_changes_what_the_pretrained_layers_and_a_fresh_head_would_say()
    {
        using var tuner = new TransformerFineTuner(1, Quick);
        var texts = Examples().Select(e => e.Text).ToList();
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

        // analyze cannot use it yet, and says so instead of failing inside ML.NET
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus", "Outlet A")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "The council met on Tuesday.\n\nThe mayor said the plan would pass.\n");
        var analyze = CliRun.Of("analyze", Path.Combine(_folder, "corpus"), "--out", Path.Combine(_folder, "out"), "--models", Path.GetDirectoryName(model)!, "--no-charts");
        Assert.Equal(2, analyze.ExitCode);
        Assert.Contains("fine-tuned", analyze.Error);
    }

    [Theory]
    [InlineData("loaded", "6", "1 to 5 layers")]
    [InlineData("source_type", "1", "context column")]
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
