using System.Collections.Concurrent;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// Streams read items through the pipeline in bounded batches, in three overlapping stages: the calling thread reads
/// and batches records; an analysis thread analyses each batch in parallel (the workers take the batch's articles one
/// at a time, so a worker that shares its core with the reader or the writer does not hold the others up at the end of
/// the batch); a writer thread hands results to the sink and the aggregator in input order. Reading the next batch,
/// analysing this one and writing the previous one overlap, so the cores stay busy through the stream (measured: 1.5
/// of 2 cores busy when the reader waited for each batch's analysis and the workers took fixed slices). Memory is
/// bounded by the few batches in flight, not the corpus. One article that fails never stops the run: it becomes a
/// skipped record with the reason.
/// </summary>
public sealed class BatchRunner(AnalysisPipeline pipeline, int seed, int batchSize = 512, int? workers = null)
{
    private readonly int _workers = Math.Max(1, workers ?? Environment.ProcessorCount);

    /// <summary>Optional shard: only the records it owns are analysed, counted and written.</summary>
    public ShardSpec? Shard { get; init; }

    public Action<RunCounts>? Progress { get; init; }

    /// <summary>
    /// Optional story of each article id, awaited by the writer before it hands on the first article: automatic story
    /// matching runs while the first batches are analysed (the analysis does not read stories; tables and aggregation do).
    /// </summary>
    public Task<Func<string, string?>>? Stories { get; init; }

    /// <summary>Articles longer than this many characters are skipped as too_large (a guard against hostile input).</summary>
    public int MaxArticleChars { get; init; } = DefaultMaxArticleChars;

    public const int DefaultMaxArticleChars = 5_000_000;

    /// <summary>
    /// Every this many records the writer forces one full, compacting collection (0: never). Articles live across several
    /// batches, so they die in generation 2, and the collector lets dead generation-2 memory pile up for longer the
    /// longer a run lasts: peak memory rose with the corpus (measured 264 MB at 10,000 articles, 330 MB at 100,000).
    /// Collecting on a fixed article count bounds that by the interval instead (286 and 279 MB), at no measured time cost
    /// (one collection of a ~100 MB live heap per ~2.5 s of stream). See docs/performance.md.
    /// </summary>
    public int CompactEvery { get; init; } = DefaultCompactEvery;

    public const int DefaultCompactEvery = 5_000;

    /// <summary>One input record on its way through the stages, in input order.</summary>
    private sealed class Entry(long position, Article? article, InputProblem? problem)
    {
        public long Position { get; } = position;
        public Article? Article { get; } = article;
        public InputProblem? Problem { get; set; } = problem;
        public ArticleAnalysis? Result { get; set; }
    }

    public (Aggregator Aggregate, RunCounts Counts) Run(IEnumerable<ReadItem> items, IRunSink sink)
    {
        var counts = new RunCounts();
        var aggregate = new Aggregator(pipeline.Schema, seed);
        using var read = new BlockingCollection<List<Entry>>(boundedCapacity: 1);
        using var analysed = new BlockingCollection<List<Entry>>(boundedCapacity: 2);
        using var stageFailed = new CancellationTokenSource();
        var writer = Task.Factory.StartNew(() =>
        {
            try { Write(analysed, sink, aggregate, counts); }
            catch { stageFailed.Cancel(); throw; }
        }, TaskCreationOptions.LongRunning);
        var analyser = Task.Factory.StartNew(() =>
        {
            try { AnalyseAll(read, analysed, stageFailed.Token); }
            catch (OperationCanceledException) when (stageFailed.IsCancellationRequested) { } // the writer failed
            catch { stageFailed.Cancel(); throw; }
            finally { analysed.CompleteAdding(); }
        }, TaskCreationOptions.LongRunning);
        try
        {
            Read(items, read, counts, stageFailed.Token);
        }
        catch (OperationCanceledException) when (stageFailed.IsCancellationRequested)
        {
            // The analysis or the writer failed; its exception is rethrown below.
        }
        finally
        {
            read.CompleteAdding();
            try { analyser.GetAwaiter().GetResult(); }
            finally { writer.GetAwaiter().GetResult(); }
        }
        return (aggregate, counts);
    }

    private void Read(IEnumerable<ReadItem> items, BlockingCollection<List<Entry>> queue, RunCounts counts, CancellationToken stageFailed)
    {
        var seenIds = new ArticleIdSet();
        var batch = new List<Entry>(batchSize);
        int articlesInBatch = 0;
        long position = -1;
        foreach (var item in items)
        {
            position++;
            if (item.Problem is not null)
            {
                if (Shard is not null && !Shard.Owns(item.Problem.Origin)) continue;
                Interlocked.Increment(ref counts.ReadCounter);
                batch.Add(new Entry(position, null, item.Problem));
                continue;
            }
            var article = item.Article!;
            if (Shard is not null && !Shard.Owns(article.Id)) continue;
            Interlocked.Increment(ref counts.ReadCounter);
            foreach (var warning in article.Warnings) lock (counts) counts.Warn(warning);
            if (article.OutletGuessedFrom is { } how) lock (counts) counts.GuessedOutlet(how, article.Outlet);
            if (!seenIds.Add(article.Id))
            {
                batch.Add(new Entry(position, null, new InputProblem(article.Origin, "duplicate_id", $"Article id '{article.Id}' was already analysed; this copy is counted once.")));
                Interlocked.Increment(ref counts.DuplicateCounter);
                continue;
            }
            if (article.Body.Length > MaxArticleChars)
            {
                batch.Add(new Entry(position, null, new InputProblem(article.Origin, "too_large",
                    $"The article has {article.Body.Length:N0} characters, more than the limit of {MaxArticleChars:N0} (--max-article-chars).")));
                continue;
            }
            batch.Add(new Entry(position, article, null));
            if (++articlesInBatch == batchSize)
            {
                queue.Add(batch, stageFailed);
                batch = new List<Entry>(batchSize);
                articlesInBatch = 0;
            }
        }
        if (batch.Count > 0) queue.Add(batch, stageFailed);
    }

    private void AnalyseAll(BlockingCollection<List<Entry>> read, BlockingCollection<List<Entry>> analysed, CancellationToken stageFailed)
    {
        foreach (var batch in read.GetConsumingEnumerable(stageFailed))
        {
            Analyse(batch);
            analysed.Add(batch, stageFailed);
        }
    }

    private void Analyse(List<Entry> batch)
    {
        var articles = batch.Where(e => e.Article is not null).ToArray();
        if (articles.Length == 0) return;
        int workers = Math.Min(_workers, articles.Length);
        int taken = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = _workers }, _ =>
        {
            for (int i = Interlocked.Increment(ref taken); i < articles.Length; i = Interlocked.Increment(ref taken))
            {
                var entry = articles[i];
                try
                {
                    entry.Result = pipeline.Analyze(entry.Article!);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    entry.Problem = new InputProblem(entry.Article!.Origin, "analysis_error", $"{ex.GetType().Name}: {ex.Message}");
                }
            }
        });
    }

    private void Write(BlockingCollection<List<Entry>> queue, IRunSink sink, Aggregator aggregate, RunCounts counts)
    {
        long sinceCompaction = 0;
        Func<string, string?>? storyOf = null;
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            sinceCompaction += batch.Count;
            if (CompactEvery > 0 && sinceCompaction >= CompactEvery)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                sinceCompaction = 0;
            }
            foreach (var entry in batch)
            {
                if (entry.Result is { } analysis)
                {
                    if (Stories is not null && (storyOf ??= Stories.GetAwaiter().GetResult())(analysis.Article.Id) is { } story) analysis.AssignStory(story);
                    aggregate.Add(analysis);
                    counts.Analysed++;
                    sink.OnArticle(analysis, entry.Position);
                }
                else
                {
                    counts.Skip(entry.Problem!);
                    sink.OnSkipped(entry.Problem!, entry.Position);
                }
            }
            Progress?.Invoke(counts);
        }
    }
}
