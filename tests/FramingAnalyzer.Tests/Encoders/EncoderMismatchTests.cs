using FramingAnalyzer.Encoders;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Tests.Cli;

namespace FramingAnalyzer.Tests.Encoders;

/// <summary>A model is only ever scored with the encoder and vectors it was trained with; anything else is a clear error, exit code 2.</summary>
public sealed class EncoderMismatchTests
{
    private sealed class OtherVectors(ITextEncoder inner, string name, string fingerprint) : ITextEncoder
    {
        public string Name => name;
        public string Fingerprint => fingerprint;
        public int Dimension => inner.Dimension;
        public void Encode(IReadOnlyList<string> texts, float[][] vectors) => inner.Encode(texts, vectors);
    }

    private static readonly LabelledExample[] Sources =
    [
        new("the ministry spokesman", "The ministry spokesman said the road was closed.", "official", 1),
        new("a government official", "A government official confirmed the figures.", "official", 2),
        new("the interior minister", "The interior minister told reporters the curfew would stay.", "official", 3),
        new("a shopkeeper", "A shopkeeper said prices had doubled.", "citizen", 4),
        new("one resident", "One resident said the shelling lasted all night.", "citizen", 5),
        new("a mother of three", "A mother of three said the school was closed.", "citizen", 6),
    ];

    private static string TrainTinyModel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"framing-encoder-model-{Guid.NewGuid():N}.zip");
        ModelTrainer.TrainAndSave(ClassifierTask.SourceType, Sources,
            new ModelOptions { Ngrams = NgramKind.Char, Encoder = EncoderCatalog.For(EncoderTier.Static) }, path);
        return path;
    }

    [Fact]
    public void A_model_records_its_encoder_and_is_scored_with_it()
    {
        var path = TrainTinyModel();
        try
        {
            var metadata = ModelMetadata.ReadFrom(path);
            Assert.Equal("minilm-l6-v2/static-256", metadata.Encoder);
            Assert.Equal(EncoderCatalog.For(EncoderTier.Static)!.Fingerprint, metadata.EncoderSha256);
            using var model = ModelCatalog.LoadWithOwnEncoder(path, ClassifierTask.SourceType, null);
            Assert.True(model.UsesFastScorer);
            var inputs = new[] { new ClassifierInput("the defence minister", "The defence minister said so."), new ClassifierInput("a farmer", "A farmer said so.") };
            Assert.Equal(model.PredictWithMlNet(inputs).Select(p => p.Label), model.Predict(inputs).Select(p => p.Label));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("other-vectors")]
    [InlineData("other-tier")]
    [InlineData("none")]
    public void A_model_refuses_another_encoder_naming_what_differs(string run)
    {
        var path = TrainTinyModel();
        try
        {
            var shipped = EncoderCatalog.For(EncoderTier.Static)!;
            ITextEncoder? encoder = run switch
            {
                "other-vectors" => new OtherVectors(shipped, shipped.Name, new string('0', 64)),
                "other-tier" => new OtherVectors(shipped, "minilm-l6-v2/contextual-256", shipped.Fingerprint),
                _ => null,
            };
            var error = Assert.Throws<ModelLoadException>(() => TextClassifierModel.Load(path, ClassifierTask.SourceType, null, encoder));
            Assert.Contains(path, error.Message);
            Assert.Contains("minilm-l6-v2/static-256", error.Message);
            Assert.Contains(run == "other-vectors" ? "other vectors" : "--encoder static", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Analyze_with_an_encoder_the_shipped_models_were_not_trained_with_exits_2()
    {
        var output = Path.Combine(Path.GetTempPath(), $"framing-encoder-none-{Guid.NewGuid():N}");
        var run = CliRun.Of("analyze", Path.Combine(ShippedModelsRoot, "sample"), "--out", output, "--encoder", "none");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("trained with the encoder minilm-l6-v2/static-256", run.Error);
        Assert.Contains("--encoder static", run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("other")]
    public void Analyze_with_a_damaged_or_other_vectors_file_exits_2_naming_it(string kind)
    {
        var vectors = Path.Combine(Path.GetTempPath(), $"framing-vectors-{kind}-{Guid.NewGuid():N}.bin");
        var output = Path.Combine(Path.GetTempPath(), $"framing-vectors-out-{Guid.NewGuid():N}");
        if (kind == "damaged") File.WriteAllBytes(vectors, File.ReadAllBytes(EncoderCatalog.ShippedVectorsPath)[..100_000]);
        else
        {
            // The same table under another fingerprint: what a user's own `framing distill` gives.
            var shipped = EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath);
            new StaticVectors(shipped.EncoderName, shipped.Tokenizer, shipped.Dimension, shipped.Quantised, [.. shipped.Scales.Select(x => x * 1.01f)],
                [.. Enumerable.Range(0, shipped.Scales.Length).Select(shipped.WeightOf)], shipped.ProjectionMean, shipped.ProjectionAxes, "").Write(vectors);
        }
        try
        {
            var run = CliRun.Of("analyze", Path.Combine(ShippedModelsRoot, "sample"), "--out", output, "--vectors", vectors, "--no-charts");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(kind == "damaged" ? vectors : "other vectors", run.Error);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            File.Delete(vectors);
        }
    }

    [Fact]
    public void Merge_refuses_shards_scored_with_another_encoder()
    {
        using var corpus = SmallCorpus.Create();
        var part = Path.Combine(corpus.Parent, "part-contextual");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--shard", "0/1", "--out", part, "--no-charts", "--encoder", "contextual").ExitCode);
        var merged = Path.Combine(corpus.Parent, "merged");
        var merge = CliRun.Of("merge", part, "--out", merged, "--no-charts");
        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("contextual-256", merge.Error);
        Assert.Contains("--encoder", merge.Error);
        Assert.False(Directory.Exists(merged));
        Assert.Equal(0, CliRun.Of("merge", part, "--out", merged, "--no-charts", "--encoder", "contextual").ExitCode);
    }

    private static string ShippedModelsRoot => Learning.ShippedModels.Corpora;
}
