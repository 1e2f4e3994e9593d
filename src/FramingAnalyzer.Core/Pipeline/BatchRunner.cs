using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// Streams read items through the pipeline in bounded batches: each batch is analysed in parallel (one contiguous
/// slice and one aggregator per worker), then handed to the sink in input order. Memory is bounded by the batch size,
/// not the corpus. One article that fails never stops the run: it becomes a skipped record with the reason.
/// </summary>
public sealed class BatchRunner(AnalysisPipeline pipeline, int seed, int batchSize = 512, int? workers = null)
{
    private readonly int _workers = Math.Max(1, workers ?? Environment.ProcessorCount);

    /// <summary>Optional shard: only the records it owns are analysed, counted and written.</summary>
    public ShardSpec? Shard { get; init; }

    public Action<RunCounts>? Progress { get; init; }

    /// <summary>Articles longer than this many characters are skipped as too_large (a guard against hostile input).</summary>
    public int MaxArticleChars { get; init; } = DefaultMaxArticleChars;

    public const int DefaultMaxArticleChars = 5_000_000;

    public (Aggregator Aggregate, RunCounts Counts) Run(IEnumerable<ReadItem> items, IRunSink sink)
    {
        var counts = new RunCounts();
        var aggregators = Enumerable.Range(0, _workers).Select(_ => new Aggregator(pipeline.Schema, seed)).ToArray();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<(Article Article, long Position)>(batchSize);
        long position = -1;
        var results = new (ArticleAnalysis? Analysis, InputProblem? Problem)[batchSize];

        foreach (var item in items)
        {
            position++;
            if (item.Problem is not null)
            {
                if (Shard is not null && !Shard.Owns(item.Problem.Origin)) continue;
                counts.Read++;
                counts.Skipped++;
                sink.OnSkipped(item.Problem, position);
                continue;
            }
            var article = item.Article!;
            if (Shard is not null && !Shard.Owns(article.Id)) continue;
            counts.Read++;
            foreach (var warning in article.Warnings) counts.Warn(warning);
            if (!seenIds.Add(article.Id))
            {
                counts.Skipped++;
                counts.Duplicates++;
                sink.OnSkipped(new InputProblem(article.Origin, "duplicate_id", $"Article id '{article.Id}' was already analysed; this copy is counted once."), position);
                continue;
            }
            if (article.Body.Length > MaxArticleChars)
            {
                counts.Skipped++;
                sink.OnSkipped(new InputProblem(article.Origin, "too_large",
                    $"The article has {article.Body.Length:N0} characters, more than the limit of {MaxArticleChars:N0} (--max-article-chars)."), position);
                continue;
            }
            batch.Add((article, position));
            if (batch.Count == batchSize) Flush(batch, results, aggregators, sink, counts);
        }
        Flush(batch, results, aggregators, sink, counts);

        var total = aggregators[0];
        for (int i = 1; i < aggregators.Length; i++) total.Merge(aggregators[i]);
        return (total, counts);
    }

    private void Flush(List<(Article Article, long Position)> batch, (ArticleAnalysis?, InputProblem?)[] results, Aggregator[] aggregators, IRunSink sink, RunCounts counts)
    {
        if (batch.Count == 0) return;
        int slices = Math.Min(_workers, batch.Count);
        Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = _workers }, slice =>
        {
            int from = batch.Count * slice / slices, to = batch.Count * (slice + 1) / slices;
            for (int i = from; i < to; i++)
            {
                try
                {
                    var analysis = pipeline.Analyze(batch[i].Article);
                    aggregators[slice].Add(analysis);
                    results[i] = (analysis, null);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    results[i] = (null, new InputProblem(batch[i].Article.Origin, "analysis_error", $"{ex.GetType().Name}: {ex.Message}"));
                }
            }
        });
        for (int i = 0; i < batch.Count; i++)
        {
            var (analysis, problem) = results[i];
            if (analysis is not null)
            {
                counts.Analysed++;
                sink.OnArticle(analysis, batch[i].Position);
            }
            else
            {
                counts.Skipped++;
                sink.OnSkipped(problem!, batch[i].Position);
            }
            results[i] = default;
        }
        batch.Clear();
        Progress?.Invoke(counts);
    }
}
