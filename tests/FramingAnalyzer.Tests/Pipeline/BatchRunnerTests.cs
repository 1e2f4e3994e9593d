using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Tests.Pipeline;

/// <summary>
/// The core runner: every record comes out in input order whatever the batch size and worker count, and an article
/// whose analysis throws becomes a skipped record with its reason while the rest of the run goes on.
/// </summary>
public class BatchRunnerTests
{
    /// <summary>An analyzer written for these tests: the body's length in characters, and an exception for one marked article.</summary>
    private sealed class LengthAnalyzer(string name, string failOn = "") : IArticleAnalyzer
    {
        public string Name => name;
        public IReadOnlyList<MetricDefinition> Metrics { get; } = [new($"{name}_chars", "Characters in the body")];
        public IReadOnlyList<string> SentenceColumns { get; } = [];

        public void Analyze(ArticleAnalysis analysis, MetricWriter metrics, SentenceCellWriter cells)
        {
            if (failOn.Length > 0 && analysis.Document.Article.Body.Contains(failOn)) throw new InvalidOperationException($"{name} cannot read '{failOn}'");
            metrics.Set(new MetricHandle(0), analysis.Document.Article.Body.Length);
        }
    }

    /// <summary>Records what the runner hands over, in call order.</summary>
    private sealed class RecordingSink : IRunSink
    {
        public List<(long Position, string What)> Calls { get; } = [];
        public void OnArticle(ArticleAnalysis analysis, long position) => Calls.Add((position, $"{analysis.Document.Article.Id}={analysis.Scores.Values[0]}"));
        public void OnSkipped(InputProblem problem, long position) => Calls.Add((position, $"{problem.Origin}:{problem.Reason}:{problem.Detail}"));
    }

    private static IEnumerable<ReadItem> Items(int count, int failing = -1) => Enumerable.Range(0, count).Select(i => ReadItem.Of(new Article
    {
        Id = $"a{i:D2}",
        Outlet = i % 2 == 0 ? "Even Post" : "Odd Times",
        Body = i == failing ? "The harbour board met. POISON" : new string('x', 10 + i) + " met on Friday.",
        Origin = $"corpus/a{i:D2}.txt",
    }));

    private static RecordingSink Run(IEnumerable<ReadItem> items, int batchSize, int workers, out RunCounts counts, params IArticleAnalyzer[] analyzers)
    {
        var sink = new RecordingSink();
        (_, counts) = new BatchRunner(new AnalysisPipeline(analyzers), seed: 1, batchSize, workers).Run(items, sink);
        return sink;
    }

    [Fact]
    public void A_failing_article_is_skipped_with_its_reason_and_the_run_goes_on()
    {
        var sink = Run(Items(20, failing: 7), batchSize: 4, workers: 2, out var counts, new LengthAnalyzer("length", failOn: "POISON"));
        Assert.Equal(20, sink.Calls.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), sink.Calls.Select(c => c.Position));
        Assert.Equal("corpus/a07.txt:analysis_error:InvalidOperationException: length cannot read 'POISON'", sink.Calls[7].What);
        Assert.Equal("a08=" + (10 + 8 + " met on Friday.".Length), sink.Calls[8].What);
        Assert.Equal(19, counts.Analysed);
        Assert.Equal(1, counts.Skipped);
        Assert.Equal(1, counts.SkipReasons["analysis_error"]);
    }

    [Fact]
    public void Order_and_values_do_not_depend_on_batch_size_or_workers()
    {
        var expected = Run(Items(50, failing: 31), batchSize: 512, workers: 1, out _, new LengthAnalyzer("length", failOn: "POISON")).Calls;
        foreach (var (batch, workers) in new[] { (1, 4), (3, 2), (7, 3), (64, 8) })
        {
            Assert.Equal(expected, Run(Items(50, failing: 31), batch, workers, out _, new LengthAnalyzer("length", failOn: "POISON")).Calls);
        }
    }

    [Fact]
    public void Reader_problems_and_duplicates_keep_their_place_among_the_articles()
    {
        var items = Items(4).ToList();
        items.Insert(2, ReadItem.Skip("corpus/broken.jsonl:3", "parse_error", "Malformed JSON"));
        items.Add(items[0]);
        var sink = Run(items, batchSize: 2, workers: 2, out var counts, new LengthAnalyzer("length"));
        var what = sink.Calls.Select(c => c.What).ToList();
        Assert.Equal(6, what.Count);
        Assert.StartsWith("a00=", what[0]);
        Assert.StartsWith("a01=", what[1]);
        Assert.Equal("corpus/broken.jsonl:3:parse_error:Malformed JSON", what[2]);
        Assert.StartsWith("a02=", what[3]);
        Assert.StartsWith("a03=", what[4]);
        Assert.StartsWith("corpus/a00.txt:duplicate_id:", what[5]);
        Assert.Equal(4, counts.Analysed);
        Assert.Equal(1, counts.Duplicates);
    }

    [Fact]
    public void The_pipeline_gives_each_analyzer_its_own_metrics_in_order()
    {
        var pipeline = new AnalysisPipeline([new LengthAnalyzer("first"), new LengthAnalyzer("second")]);
        Assert.Equal(["first_chars", "second_chars"], pipeline.Schema.Metrics.Select(m => m.Name));
        var analysis = pipeline.Analyze(Items(1).Single().Article!);
        Assert.Equal([25.0, 25.0], analysis.Scores.Values);
    }

    [Fact]
    public void A_failing_analyzer_after_others_fails_the_article_not_the_run()
    {
        var sink = Run(Items(6, failing: 2), batchSize: 2, workers: 2, out var counts, new LengthAnalyzer("first"), new LengthAnalyzer("second", failOn: "POISON"));
        Assert.Contains("second cannot read", sink.Calls[2].What);
        Assert.Equal(5, counts.Analysed);
    }
}
