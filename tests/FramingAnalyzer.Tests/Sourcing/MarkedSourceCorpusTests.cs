using System.Globalization;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Sourcing.Evaluation;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// The team's hand-marked news articles (corpora/gold/sourcing: 40 articles, 541 sources): they read without error, and
/// source finding and typing as analyze does them (shipped lexicons and models) keep the floors of
/// corpora/gold/thresholds_sourcing.csv (the figures measured when the set was added, rounded down to three decimals).
/// </summary>
public sealed class MarkedSourceCorpusTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(ToolData.RepositoryRoot!, "corpora", "gold", "sourcing");

    private static IReadOnlyList<MarkedSourceArticle> Articles() => MarkedSourceReader.Files([Folder]).SelectMany(MarkedSourceReader.Read).ToList();

    [Fact]
    public void The_set_reads_as_four_files_of_forty_articles_and_541_marked_sources()
    {
        var articles = Articles();
        Assert.Equal(4, articles.Select(a => a.File).Distinct().Count());
        Assert.Equal(40, articles.Count);
        Assert.Equal(541, articles.Sum(a => a.Sources.Count));
        Assert.Equal(40, articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Source_finding_and_typing_keep_their_floors()
    {
        var floors = File.ReadLines(Path.Combine(ToolData.RepositoryRoot!, "corpora", "gold", "thresholds_sourcing.csv")).Skip(1)
            .Where(l => l.Trim().Length > 0).Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        Assert.Equal(["found_share", "type_accuracy"], floors.Keys.Order(StringComparer.Ordinal));

        var analyzer = StandardAnalyzers.Create(new AnalyzerOptions()).OfType<SourcingAnalyzer>().Single();
        var result = SourceTypingEvaluation.Run(Articles(), analyzer);
        foreach (var s in result.PerFile.Append(result.Pooled))
        {
            output.WriteLine($"{Path.GetFileName(s.Scope)}: marked {s.Marked}, found {s.FoundShare:0.000}, type accuracy {s.TypeAccuracy:0.000}, unknown {s.UnknownShare:0.000}");
        }
        Assert.True(result.Pooled.TypeAccuracy >= floors["type_accuracy"], $"type accuracy {result.Pooled.TypeAccuracy:0.0000} < {floors["type_accuracy"]}");
        Assert.True(result.Pooled.FoundShare >= floors["found_share"], $"found share {result.Pooled.FoundShare:0.0000} < {floors["found_share"]}");
    }
}
