using FramingAnalyzer.Input;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Benchmarks;

/// <summary>
/// The fixed set of articles the micro-benchmarks run over: every other article of the shipped sample corpus in input
/// order (<see cref="Size"/> articles, all five outlets and styles), read once with the tool's own reader.
/// </summary>
public static class SampleSet
{
    public const int Size = 20;

    public static Article[] Articles()
    {
        var articles = InputCatalog.Read([ToolData.SampleCorpus], new ReaderOptions())
            .Where(item => item.Article is not null)
            .Select(item => item.Article!)
            .Where((_, i) => i % 2 == 0)
            .Take(Size)
            .ToArray();
        if (articles.Length != Size) throw new InvalidOperationException($"Expected {Size} sample articles under {ToolData.SampleCorpus}, found {articles.Length}.");
        return articles;
    }

    public static Document[] Documents() => Articles().Select(DocumentBuilder.Build).ToArray();
}
