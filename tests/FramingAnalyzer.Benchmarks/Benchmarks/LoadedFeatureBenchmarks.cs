using BenchmarkDotNet.Attributes;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Benchmarks.Benchmarks;

/// <summary>
/// The loaded classifier's lexicon features for every scored sentence, read in the article's text model
/// (<see cref="LoadedSentenceFeatures.ComputeFor"/>, as <c>LoadedWordingAnalyzer</c> computes them). Per article.
/// </summary>
public class LoadedFeatureBenchmarks
{
    private Document[] _documents = [];
    private LoadedSentenceFeatures _features = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleSet.Documents();
        _features = LoadedTaskFeatures.SentenceFeatures();
    }

    [Benchmark(OperationsPerInvoke = SampleSet.Size)]
    public float ComputeFor()
    {
        float sum = 0;
        foreach (var document in _documents)
        {
            foreach (var sentence in document.Sentences)
            {
                if (sentence.Role != ParagraphRole.Note) sum += _features.ComputeFor(document, sentence)[0];
            }
        }
        return sum;
    }
}
