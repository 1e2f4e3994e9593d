using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>Segmentation: the text model of an article (page layout, tokens, quotations, sentences). Per article.</summary>
public class SegmentationBenchmarks
{
    private Article[] _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = SampleSet.Articles();

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public int DocumentBuilderBuild()
    {
        int tokens = 0;
        foreach (var article in _articles) tokens += DocumentBuilder.Build(article).Tokens.Length;
        return tokens;
    }
}
