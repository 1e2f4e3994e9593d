using FramingAnalyzer.Analysis;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Tests.Pipeline;

/// <summary>A whole run over a folder with one article that an analyzer cannot read: the tables have the others, skipped.csv the one.</summary>
public class AnalysisRunFailureTests
{
    private sealed class PickyAnalyzer : IArticleAnalyzer
    {
        public string Name => "picky";
        public IReadOnlyList<MetricDefinition> Metrics { get; } = [new("picky_chars", "Characters in the body")];
        public IReadOnlyList<string> SentenceColumns { get; } = [];

        public void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells)
        {
            if (analysis.Article.Body.Contains("POISON")) throw new FormatException("picky cannot read this article");
            metrics.Set(new MetricHandle(0), analysis.Article.Body.Length);
        }
    }

    [Fact]
    public void The_failure_lands_in_skipped_csv_with_its_reason()
    {
        var root = Directory.CreateTempSubdirectory("framing-run-failure-").FullName;
        var corpus = Path.Combine(root, "corpus");
        foreach (var (outlet, file, body) in new[]
        {
            ("Harbour Post", "a.txt", "The harbour board met on Friday."),
            ("Harbour Post", "b.txt", "The ferry was late. POISON"),
            ("Quay Times", "c.txt", "The quay reopened on Monday."),
        })
        {
            Directory.CreateDirectory(Path.Combine(corpus, outlet));
            File.WriteAllText(Path.Combine(corpus, outlet, file), body);
        }
        var output = Path.Combine(root, "out");
        var counts = AnalysisRun.Execute(new AnalyzeSettings { Inputs = [corpus], OutputDirectory = output, Charts = false, Workers = 2 }, [new PickyAnalyzer()]);

        Assert.Equal(2, counts.Analysed);
        Assert.Equal(1, counts.Skipped);
        var skipped = File.ReadAllLines(Path.Combine(output, "skipped.csv"));
        Assert.Equal("origin,reason,detail", skipped[0]);
        var row = Assert.Single(skipped.Skip(1));
        Assert.Contains("b.txt", row);
        Assert.Contains(",analysis_error,", row);
        Assert.Contains("FormatException: picky cannot read this article", row);
        var articles = File.ReadAllLines(Path.Combine(output, "articles.csv"));
        Assert.Equal(3, articles.Length);
        Assert.Contains("Harbour Post", articles[1]);
        Assert.Contains("Quay Times", articles[2]);
        Directory.Delete(root, recursive: true);
    }
}
