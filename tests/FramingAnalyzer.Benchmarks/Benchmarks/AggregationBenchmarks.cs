using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>
/// Aggregation of one analysed article into its outlet's state (Poisson-bootstrap weights, every metric's 1,000 resample
/// sums, the article's point, story tally and terms), with the standard analyzers' schema. Per article.
/// </summary>
public class AggregationBenchmarks
{
    private ScoredArticle[] _articles = [];
    private ScoreSchema _schema = null!;
    private Aggregator _aggregator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = new AnalysisPipeline(StandardAnalyzers.Create(new AnalyzerOptions()));
        _schema = pipeline.Schema;
        _articles = SampleSet.Articles().Select(a => ScoredArticle.From(pipeline.Analyze(a))).ToArray();
    }

    private const int Rounds = 120;

    // A fresh state per iteration (so point lists do not grow without bound), with every outlet's accumulator already
    // allocated: creating one (metrics × resamples sums, a few MB) happens once per outlet in a run, not per article.
    [IterationSetup]
    public void FreshState()
    {
        _aggregator = new Aggregator(_schema);
        foreach (var article in _articles) _aggregator.Outlet(article.Outlet);
    }

    [Benchmark(OperationsPerInvoke = Rounds * SampleSet.Size)]
    public int AggregatorAdd()
    {
        for (int round = 0; round < Rounds; round++)
        {
            foreach (var article in _articles) _aggregator.Add(article);
        }
        return _aggregator.Outlets.Count;
    }
}
