using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Model;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Sourcing;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>
/// Attribution extraction: the sourcing analyzer's rule-based extractor (reporting verbs, quotes, "according to", ...)
/// over segmented articles, with the shipped lexicons as <see cref="StandardAnalyzers"/> loads them. Per article.
/// The whole sourcing analyzer (extraction, source resolution and classification, sentence functions) is measured by
/// <see cref="AnalyzerBenchmarks"/>.
/// </summary>
public class AttributionBenchmarks
{
    private Document[] _documents = [];
    private AttributionExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleSet.Documents();
        _extractor = StandardAnalyzers.Create(new AnalyzerOptions()).OfType<SourcingAnalyzer>().Single().Extractor;
    }

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public int AttributionExtractorExtract()
    {
        int found = 0;
        foreach (var document in _documents) found += _extractor.Extract(document).Count;
        return found;
    }
}
