using System.Collections.Concurrent;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// Streams read items through the pipeline, one record at a time, in three overlapping stages: the calling thread reads
/// records; worker threads (one per core by default) take the next unanalysed article as soon as they are free; a
/// writer thread hands results to the sink and the aggregator in input order, each as soon as it and every record
/// before it are done. At most <c>inFlight</c> records are between reading and writing, so memory is bounded by that,
/// not by the corpus, and an article's analysis lives only as long as a few dozen others take to be analysed: it
/// mostly dies young instead of being promoted to generation 2 (measured on 10,000 dense articles: threads stopped for
/// garbage collection 0.3 s, 27 collections of generation 1; with batches of 512 articles analysed and written one
/// after another 0.9-1.0 s, about 90 of generation 1). No worker waits for a batch to finish, and the cores stay busy
/// through the stream. One article that fails never stops
/// the run: it becomes a skipped record with the reason.
/// </summary>
public sealed class BatchRunner(AnalysisPipeline pipeline, int seed, int inFlight = BatchRunner.DefaultInFlight, int? workers = null)
{
    private readonly int _workers = Math.Max(1, workers ?? Environment.ProcessorCount);
    private readonly int _inFlight = Math.Max(1, inFlight);

    /// <summary>
    /// How many records may be between reading and writing: enough that two workers rarely wait for the writer when
    /// one article takes longer than the next ones. Threads stopped for garbage collection on 10,000 dense articles
    /// (one run each): 0.27 s with 4, 0.28-0.30 s with 16, 0.39 s with 32, 0.42 s with 64, 0.92 s with 256.
    /// </summary>
    public const int DefaultInFlight = 16;

    /// <summary>Progress is reported after this many records, and at the end.</summary>
    private const int ProgressEvery = 256;

    /// <summary>Optional shard: only the records it owns are analysed, counted and written.</summary>
    public ShardSpec? Shard { get; init; }

    public Action<RunCounts>? Progress { get; init; }

    /// <summary>
    /// Optional story of each article id, awaited by the writer before it hands on the first article: automatic story
    /// matching runs while the first articles are analysed (the analysis does not read stories; tables and aggregation do).
    /// Once the window of records in flight is full the analysis waits too, and matching has the cores: letting the
    /// analysis run 2,048 records ahead instead was slower on 10,000 dense articles (9.5-10.2 s against 8.5-9.8 s).
    /// </summary>
    public Task<Func<string, string?>>? Stories { get; init; }

    /// <summary>Articles longer than this many characters are skipped as too_large (a guard against hostile input).</summary>
    public int MaxArticleChars { get; init; } = DefaultMaxArticleChars;

    public const int DefaultMaxArticleChars = 5_000_000;

    /// <summary>
    /// Every this many records the writer forces one full, compacting collection (0: never). Articles that do live
    /// long enough to reach generation 2 die there, and the collector lets dead generation-2 memory pile up for longer
    /// the longer a run lasts: peak memory rose with the corpus (measured 264 MB at 10,000 articles, 330 MB at 100,000).
    /// Collecting on a fixed article count bounds that by the interval instead (286 and 279 MB), at no measured time cost
    /// (one collection of a ~100 MB live heap per ~2.5 s of stream). See docs/performance.md.
    /// </summary>
    public int CompactEvery { get; init; } = DefaultCompactEvery;

    public const int DefaultCompactEvery = 5_000;

    /// <summary>One input record on its way through the stages, in input order.</summary>
    private sealed class Entry(long position, Article? article, InputProblem? problem) : IDisposable
    {
        private readonly ManualResetEventSlim? _analysed = article is null ? null : new ManualResetEventSlim(false);

        public long Position { get; } = position;
        public Article? Article { get; } = article;
        public InputProblem? Problem { get; set; } = problem;
        public ArticleAnalysis? Result { get; set; }

        public void MarkAnalysed() => _analysed!.Set();

        /// <summary>Returns once a worker has analysed the article (at once for a record without one).</summary>
        public void WaitUntilAnalysed(CancellationToken stopped) => _analysed?.Wait(stopped);

        public void Dispose() => _analysed?.Dispose();
    }

    public (Aggregator Aggregate, RunCounts Counts) Run(IEnumerable<ReadItem> items, IRunSink sink)
    {
        var counts = new RunCounts();
        var aggregate = new Aggregator(pipeline.Schema, seed);
        using var inOrder = new BlockingCollection<Entry>(boundedCapacity: _inFlight);
        using var toAnalyse = new BlockingCollection<Entry>(); // never holds more than inOrder does
        using var stopped = new CancellationTokenSource();
        Task Stage(Action run) => Task.Factory.StartNew(() =>
        {
            try { run(); }
            catch (OperationCanceledException) when (stopped.IsCancellationRequested) { } // another stage failed; its exception is rethrown below
            catch { stopped.Cancel(); throw; }
        }, TaskCreationOptions.LongRunning);
        var analysers = Enumerable.Range(0, _workers).Select(_ => Stage(() => Analyse(toAnalyse, stopped.Token))).ToArray();
        var writer = Stage(() => Write(inOrder, sink, aggregate, counts, stopped.Token));
        try
        {
            Read(items, inOrder, toAnalyse, counts, stopped.Token);
        }
        catch (OperationCanceledException) when (stopped.IsCancellationRequested)
        {
            // A worker or the writer failed; its exception is rethrown below.
        }
        finally
        {
            inOrder.CompleteAdding();
            toAnalyse.CompleteAdding();
            try
            {
                foreach (var analyser in analysers) analyser.GetAwaiter().GetResult();
            }
            finally
            {
                writer.GetAwaiter().GetResult();
            }
        }
        return (aggregate, counts);
    }

    private void Read(IEnumerable<ReadItem> items, BlockingCollection<Entry> inOrder, BlockingCollection<Entry> toAnalyse, RunCounts counts, CancellationToken stopped)
    {
        var seenIds = new ArticleIdSet();
        long position = -1;
        foreach (var item in items)
        {
            position++;
            if (item.Problem is not null)
            {
                if (Shard is not null && !Shard.Owns(item.Problem.Origin)) continue;
                Interlocked.Increment(ref counts.ReadCounter);
                inOrder.Add(new Entry(position, null, item.Problem), stopped);
                continue;
            }
            var article = item.Article!;
            if (Shard is not null && !Shard.Owns(article.Id)) continue;
            Interlocked.Increment(ref counts.ReadCounter);
            foreach (var warning in article.Warnings) lock (counts) counts.Warn(warning);
            if (article.OutletGuessedFrom is { } how) lock (counts) counts.GuessedOutlet(how, article.Outlet);
            if (!seenIds.Add(article.Id))
            {
                inOrder.Add(new Entry(position, null, new InputProblem(article.Origin, "duplicate_id", $"Article id '{article.Id}' was already analysed; this copy is counted once.")), stopped);
                Interlocked.Increment(ref counts.DuplicateCounter);
                continue;
            }
            if (article.Body.Length > MaxArticleChars)
            {
                inOrder.Add(new Entry(position, null, new InputProblem(article.Origin, "too_large",
                    $"The article has {article.Body.Length:N0} characters, more than the limit of {MaxArticleChars:N0} (--max-article-chars).")), stopped);
                continue;
            }
            var entry = new Entry(position, article, null);
            inOrder.Add(entry, stopped);
            toAnalyse.Add(entry, stopped);
        }
    }

    private void Analyse(BlockingCollection<Entry> toAnalyse, CancellationToken stopped)
    {
        foreach (var entry in toAnalyse.GetConsumingEnumerable(stopped))
        {
            try
            {
                entry.Result = pipeline.Analyze(entry.Article!);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                entry.Problem = new InputProblem(entry.Article!.Origin, "analysis_error", $"{ex.GetType().Name}: {ex.Message}");
            }
            entry.MarkAnalysed();
        }
    }

    private void Write(BlockingCollection<Entry> inOrder, IRunSink sink, Aggregator aggregate, RunCounts counts, CancellationToken stopped)
    {
        long sinceCompaction = 0;
        int sinceProgress = 0;
        Func<string, string?>? storyOf = null;
        foreach (var entry in inOrder.GetConsumingEnumerable(stopped))
        {
            entry.WaitUntilAnalysed(stopped);
            entry.Dispose();
            if (CompactEvery > 0 && ++sinceCompaction >= CompactEvery)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                sinceCompaction = 0;
            }
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
            if (++sinceProgress == ProgressEvery)
            {
                Progress?.Invoke(counts);
                sinceProgress = 0;
            }
        }
        if (sinceProgress > 0) Progress?.Invoke(counts);
    }
}
