using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>
/// Each standard analyzer on its own, over already segmented articles, exactly as <see cref="AnalysisPipeline"/> calls
/// it. Per article (see <see cref="PipelineBenchmarks"/> for segmentation and all analyzers together). The analyzers are the ones
/// <see cref="StandardAnalyzers.Create"/> returns, so the sourcing/attribution analyzer is measured as soon as it is
/// registered there.
/// </summary>
public class AnalyzerBenchmarks
{
    private static readonly IReadOnlyList<IArticleAnalyzer> Analyzers = StandardAnalyzers.Create(new AnalyzerOptions());
    private readonly ScoreSchema _schema = new(Analyzers);
    private Document[] _documents = [];
    private int _index;

    public static IEnumerable<string> AnalyzerNames => Analyzers.Select(a => a.Name);

    [ParamsSource(nameof(AnalyzerNames))]
    public string Analyzer { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleSet.Documents();
        _index = Analyzers.Select(a => a.Name).ToList().IndexOf(Analyzer);
    }

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public int Analyze()
    {
        var analyzer = _schema.Analyzers[_index];
        int hits = 0;
        foreach (var document in _documents)
        {
            var analysis = new ArticleAnalysis(document, _schema);
            analyzer.Analyze(analysis, new MetricWriter(analysis.Scores, _schema.MetricOffsets[_index]),
                new SentenceCellWriter(analysis.SentenceCells, _schema.ColumnOffsets[_index]));
            hits += analysis.TermHits.Count + analysis.Attributions.Count;
        }
        return hits;
    }
}
