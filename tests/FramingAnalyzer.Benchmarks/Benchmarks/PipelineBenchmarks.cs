using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Model;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>The whole per-article pipeline: segmentation and every standard analyzer (<see cref="AnalysisPipeline.Analyze"/>). Per article.</summary>
public class PipelineBenchmarks
{
    private Article[] _articles = [];
    private AnalysisPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleSet.Articles();
        _pipeline = new AnalysisPipeline(StandardAnalyzers.Create(new AnalyzerOptions()));
    }

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public int AnalysisPipelineAnalyze()
    {
        int sentences = 0;
        foreach (var article in _articles) sentences += _pipeline.Analyze(article).Document.Sentences.Count;
        return sentences;
    }
}
