using FramingAnalyzer.Encoders;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Tests.Cli;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Learning;

/// <summary>
/// The contextual tier's shipped models (corpora/models/contextual/): trained on the current data with the contextual
/// encoder over the current vectors, and above their own floors on the gold sets (corpora/gold/thresholds_contextual.csv).
/// </summary>
public sealed class ContextualModelTests(ITestOutputHelper log)
{
    private static string ModelPath(ClassifierTask task) => ModelCatalog.PathFor(task, null, EncoderTier.Contextual);

    [Theory]
    [MemberData(nameof(ShippedModels.Tasks), MemberType = typeof(ShippedModels))]
    public void Contextual_model_was_trained_on_the_current_data_with_the_current_vectors(string taskName)
    {
        var task = ClassifierTask.Find(taskName)!;
        var metadata = ModelMetadata.ReadFrom(ModelPath(task));
        var examples = LabelledDataReader.Read(task, ShippedModels.Files(task).Data);
        Assert.True(metadata.TrainingDataSha256 == LabelledDataReader.Hash(examples),
            $"{ModelPath(task)} is stale: its training data changed. Retrain with: bash corpora/models/retrain.sh");
        var encoder = EncoderCatalog.For(EncoderTier.Contextual)!;
        Assert.Equal(encoder.Name, metadata.Encoder);
        Assert.Equal(encoder.Fingerprint, metadata.EncoderSha256);
    }

    [Theory]
    [MemberData(nameof(ShippedModels.Tasks), MemberType = typeof(ShippedModels))]
    public void Contextual_model_meets_its_gold_thresholds(string taskName)
    {
        var task = ClassifierTask.Find(taskName)!;
        var run = CliRun.Of("evaluate", task.Name, "--model", ModelPath(task), "--data", ShippedModels.Files(task).Gold,
            "--thresholds", Path.Combine(ShippedModels.Corpora, "gold", "thresholds_contextual.csv"));
        log.WriteLine(run.Output);
        log.WriteLine(run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    /// <summary>The unseen news gold set of source types (see ShippedModelTests), with the contextual tier's floors (measured 0.918 macro-F1).</summary>
    [Fact]
    public void Contextual_source_type_model_meets_the_news_gold_thresholds()
    {
        var task = ClassifierTask.Find("source_type")!;
        var run = CliRun.Of("evaluate", task.Name, "--model", ModelPath(task), "--data", Path.Combine(ShippedModels.Corpora, "gold", "source_types_news.csv"),
            "--thresholds", Path.Combine(ShippedModels.Corpora, "gold", "thresholds_news_contextual.csv"));
        log.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
    }

    [Fact]
    public void Analyze_with_the_contextual_encoder_uses_the_contextual_models()
    {
        var output = Path.Combine(Path.GetTempPath(), $"framing-contextual-{Guid.NewGuid():N}");
        var input = Path.Combine(Path.GetTempPath(), $"framing-contextual-in-{Guid.NewGuid():N}", "Wire");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "one.txt"),
            "Talks resume in Geneva\n\nNegotiators met again on Monday, officials said.\n\n" +
            "\"We are ready to talk,\" the foreign minister told reporters. Critics called the talks a stunt.\n");
        try
        {
            var run = CliRun.Of("analyze", Path.GetDirectoryName(input)!, "--out", output, "--encoder", "contextual", "--no-charts");
            log.WriteLine(run.Error);
            Assert.Equal(0, run.ExitCode);
            var manifest = File.ReadAllText(Path.Combine(output, "run.json"));
            Assert.Contains("minilm-l6-v2/contextual-256", manifest);
            Assert.Contains("\"encoder\": \"contextual\"", manifest);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            Directory.Delete(Path.GetDirectoryName(input)!, recursive: true);
        }
    }
}
