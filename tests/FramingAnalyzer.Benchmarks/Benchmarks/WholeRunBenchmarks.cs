using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Benchmarks.Generation;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>
/// A whole <c>analyze</c> run in process: a generated corpus (12 outlets, seed 1) read from disk, every standard analyzer,
/// all workers, every table, charts and report, written into a staged folder and committed. One operation = one run.
/// The corpus is generated once into the temp folder; lexicon and model loading are part of the run, as in the CLI.
/// </summary>
public class WholeRunBenchmarks
{
    private string _corpus = "";
    private string _output = "";

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "framing-bench-bdn");
        _corpus = Path.Combine(root, $"corpus-{Articles}");
        _output = Path.Combine(root, $"out-{Articles}");
        if (!Directory.Exists(_corpus))
        {
            CorpusGenerator.Generate(new GeneratorSettings
            {
                Articles = Articles, Outlets = 12, OutputDirectory = _corpus, Seed = 1, SampleDirectory = ToolData.SampleCorpus,
            });
        }
    }

    [Benchmark]
    public long AnalyzeRun()
    {
        var settings = new AnalyzeSettings { Inputs = [_corpus], OutputDirectory = _output, Charts = true };
        return AnalysisRun.Execute(settings, StandardAnalyzers.Create(new AnalyzerOptions())).Analysed;
    }
}
