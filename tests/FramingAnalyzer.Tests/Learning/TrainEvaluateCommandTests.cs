using System.Xml.Linq;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Tests.Cli;

namespace FramingAnalyzer.Tests.Learning;

/// <summary>The train → evaluate lifecycle a user runs in CI, with its exit codes and JUnit XML.</summary>
public sealed class TrainEvaluateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "framing-learning-tests", Guid.NewGuid().ToString("N"));

    public TrainEvaluateCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Neutral =
    [
        "The council approved the budget on Monday.", "Police said two men were arrested.", "The minister announced new rules for schools.",
        "Prices rose by three percent in April.", "The company reported a profit of 40 million.", "Rain is expected in the north on Friday.",
        "The court adjourned the case until June.", "Officials said the road would reopen next week.", "The union will meet employers on Tuesday.",
        "Turnout was 61 percent, the commission said.", "The hospital treated eleven patients.", "The talks will resume in the capital.",
    ];

    private static readonly string[] Loaded =
    [
        "The reckless council rammed through a disastrous budget.", "Thugs were finally rounded up by heroic police.", "The minister unleashed a draconian crackdown on schools.",
        "Prices skyrocketed in a shocking blow to struggling families.", "The greedy company raked in an obscene profit.", "A terrifying storm will batter the north.",
        "The corrupt court caved in again.", "Bungling officials botched the road fiasco.", "Militant union bosses will hold employers to ransom.",
        "A pathetic turnout exposed the sham vote.", "The hospital was overwhelmed by a horrifying flood of victims.", "The so-called talks are a farce.",
    ];

    private string WriteCsv(string name, IEnumerable<(string Text, string Label)> rows, string header = "text,label")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, [header, .. rows.Select(r => $"\"{r.Text.Replace("\"", "\"\"")}\",{r.Label}")]);
        return path;
    }

    private string TrainingData() => WriteCsv("train.csv", Neutral.Select(t => (t, "neutral")).Concat(Loaded.Select(t => (t, "loaded"))));

    /// <summary>Gold with two deliberately wrong labels, so no model can reach F1 = 1 on it.</summary>
    private string GoldData() => WriteCsv("gold.csv",
    [
        ("The mayor opened the new library on Sunday.", "neutral"), ("Exports fell by two percent last year.", "neutral"),
        ("The vile regime butchered its own people.", "loaded"), ("Shameless bosses pocketed a scandalous bonus.", "loaded"),
        ("The committee will publish its report in May.", "loaded"), ("A disgraceful mob trashed the city centre.", "neutral"),
    ]);

    [Fact]
    public void A_small_model_trains_then_evaluation_passes_and_fails_on_thresholds_with_junit_xml()
    {
        var model = Path.Combine(_dir, "loaded.zip");
        var train = CliRun.Of("train", "loaded", "--data", TrainingData(), "--out", model, "--seed", "7");
        Assert.Equal(0, train.ExitCode);
        Assert.True(File.Exists(model));

        var passJunit = Path.Combine(_dir, "pass.xml");
        var pass = CliRun.Of("evaluate", "loaded", "--data", GoldData(), "--model", model, "--min-macro-f1", "0.1", "--junit", passJunit, "--out", Path.Combine(_dir, "eval"));
        Assert.Equal(0, pass.ExitCode);
        var passCase = Assert.Single(XDocument.Load(passJunit).Descendants("testcase"));
        Assert.Empty(passCase.Elements("failure"));
        Assert.True(File.Exists(Path.Combine(_dir, "eval", "metrics.csv")));
        Assert.True(File.Exists(Path.Combine(_dir, "eval", "confusion.csv")));
        var predictions = File.ReadAllLines(Path.Combine(_dir, "eval", "predictions.csv"));
        Assert.Equal("line,gold,predicted,probability", predictions[0]);
        Assert.Equal(File.ReadAllLines(GoldData()).Length, predictions.Length); // one row per gold example, as the header row is one per file
        Assert.True(File.Exists(Path.Combine(_dir, "eval", "confusion.png")));
        Assert.True(File.Exists(Path.Combine(_dir, "eval", "f1_per_class.svg")));

        var failJunit = Path.Combine(_dir, "fail.xml");
        var fail = CliRun.Of("evaluate", "loaded", "--data", GoldData(), "--model", model, "--min-macro-f1", "0.1", "--min-f1", "loaded=0.99", "--junit", failJunit);
        Assert.Equal(1, fail.ExitCode);
        Assert.Contains("f1:loaded", fail.Error);
        Assert.Contains("short by", fail.Error);
        var cases = XDocument.Load(failJunit).Descendants("testcase").ToList();
        Assert.Equal(2, cases.Count);
        Assert.Single(cases, c => c.Element("failure") is not null);
        Assert.Equal("1", XDocument.Load(failJunit).Descendants("testsuite").Single().Attribute("failures")!.Value);
    }

    [Fact]
    public void Cross_validation_reports_metrics_without_writing_a_model()
    {
        var run = CliRun.Of("train", "loaded", "--data", TrainingData(), "--folds", "3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3-fold cross-validation", run.Output);
        Assert.Contains("macro-F1", run.Output);
        Assert.False(File.Exists("loaded.zip"));
        Assert.DoesNotContain(", L2 ", run.Output);
    }

    [Fact]
    public void A_heavier_l2_penalty_is_used_and_named_in_the_report()
    {
        var light = CliRun.Of("train", "loaded", "--data", TrainingData(), "--folds", "3", "--encoder", "none");
        var heavy = CliRun.Of("train", "loaded", "--data", TrainingData(), "--folds", "3", "--encoder", "none", "--l2", "50");
        Assert.Equal(0, heavy.ExitCode);
        Assert.Contains("encoder none, L2 50, seed 42", heavy.Output);
        Assert.DoesNotContain("L2", light.Output);
    }

    [Theory]
    [InlineData("--l2", "-1", "--l2 must be 0 or more.")]
    [InlineData("--encoder-scale", "0", "--encoder-scale must be more than 0.")]
    public void A_penalty_or_scale_out_of_range_is_a_usage_error_not_a_crash(string option, string value, string message)
    {
        var run = CliRun.Of("train", "loaded", "--data", TrainingData(), "--out", Path.Combine(_dir, "bad.zip"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("Exception", run.Error + run.Output);
    }

    [Fact]
    public void A_heavier_l2_penalty_gives_less_confident_probabilities()
    {
        var examples = Neutral.Select((t, i) => new LabelledExample(t, "", "neutral", i + 2))
            .Concat(Loaded.Select((t, i) => new LabelledExample(t, "", "loaded", Neutral.Length + i + 2))).ToList();
        float Confidence(float l2)
        {
            var path = Path.Combine(_dir, $"l2-{l2}.zip");
            ModelTrainer.TrainAndSave(ClassifierTask.Loaded, examples, new ModelOptions { Ngrams = NgramKind.Char, L2Regularization = l2 }, path);
            using var model = TextClassifierModel.Load(path, ClassifierTask.Loaded, null, null);
            return model.Predict([new ClassifierInput("The greedy bosses botched the shameful deal.")])[0].Probability;
        }
        Assert.True(Confidence(50) < Confidence(0.1f));
    }

    [Fact]
    public void Missing_column_is_a_usage_error_naming_the_column()
    {
        var data = WriteCsv("bad.csv", [("x", "neutral")], header: "sentence,label");
        var run = CliRun.Of("train", "loaded", "--data", data);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing column 'text'", run.Error);
    }

    [Fact]
    public void Unknown_label_is_a_usage_error_naming_file_and_line()
    {
        var data = WriteCsv("bad.csv", [("A plain sentence.", "neutral"), ("Another one.", "biased")]);
        var run = CliRun.Of("train", "loaded", "--data", data);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv:3", run.Error);
        Assert.Contains("unknown label 'biased'", run.Error);
    }

    [Fact]
    public void Empty_text_is_a_usage_error()
    {
        var data = WriteCsv("bad.csv", [("A plain sentence.", "neutral"), ("", "loaded")]);
        var run = CliRun.Of("train", "loaded", "--data", data);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty text", run.Error);
    }

    [Fact]
    public void A_single_class_is_a_usage_error()
    {
        var data = WriteCsv("bad.csv", Neutral.Select(t => (t, "neutral")));
        var run = CliRun.Of("train", "loaded", "--data", data);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at least two classes", run.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_usage_error()
    {
        var notModel = Path.Combine(_dir, "model.zip");
        File.WriteAllText(notModel, "this is not a zip");
        var run = CliRun.Of("evaluate", "loaded", "--data", GoldData(), "--model", notModel);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a model file", run.Error);
    }

    [Fact]
    public void A_model_for_another_task_is_a_usage_error()
    {
        var run = CliRun.Of("evaluate", "loaded", "--data", GoldData(), "--model", ShippedModels.ModelPath(FramingAnalyzer.Learning.ClassifierTask.Function));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("model for task 'function', not 'loaded'", run.Error);
    }

    [Fact]
    public void Analyze_with_user_models_records_them_in_run_json()
    {
        var modelDir = Path.Combine(_dir, "models");
        Assert.Equal(0, CliRun.Of("train", "loaded", "--data", TrainingData(), "--out", Path.Combine(modelDir, "loaded.zip")).ExitCode);
        using var corpus = SmallCorpus.Create();
        var output = Path.Combine(corpus.Parent, "out");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", output, "--models", modelDir, "--no-charts").ExitCode);
        var manifest = File.ReadAllText(Path.Combine(output, "run.json"));
        Assert.Contains(LabelledHash(TrainingData()), manifest);
    }

    private static string LabelledHash(string path) =>
        FramingAnalyzer.Learning.LabelledDataReader.Hash(FramingAnalyzer.Learning.LabelledDataReader.Read(FramingAnalyzer.Learning.ClassifierTask.Loaded, [path]));
}
