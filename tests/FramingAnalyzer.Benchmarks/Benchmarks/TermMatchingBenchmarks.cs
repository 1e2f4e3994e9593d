using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>Term matching with the shipped loaded-term lexicon and term families over segmented articles. Per article.</summary>
public class TermMatchingBenchmarks
{
    private Document[] _documents = [];
    private TermMatcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleSet.Documents();
        _matcher = LoadedTaskFeatures.ShippedMatcher();
    }

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public int TermMatcherMatch()
    {
        int hits = 0;
        foreach (var document in _documents) hits += _matcher.Match(document).Count;
        return hits;
    }
}
