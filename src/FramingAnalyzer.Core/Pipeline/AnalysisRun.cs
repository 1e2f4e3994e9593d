using FramingAnalyzer.Model;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Input;
using FramingAnalyzer.Output;
using FramingAnalyzer.Encoders;
using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// One whole analyze run: read → text model → analyzers → per-article tables (streamed) → aggregation → per-outlet
/// tables, charts, report and run.json, all written into a staged folder that is moved into place at the end.
/// With a shard, the run writes a partial result instead: its per-article tables (with each record's input position)
/// and the mergeable per-outlet state, for <see cref="MergeRun"/>. When no article at all could be analysed the run
/// throws <see cref="NothingToAnalyseException"/> and nothing is moved into place.
/// </summary>
public static class AnalysisRun
{
    public const string PartialStateFile = "partial.state";

    public static RunCounts Execute(AnalyzeSettings settings, IReadOnlyList<IArticleAnalyzer> analyzers, Action<RunCounts>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var output = StagedOutputFolder.Begin(settings.OutputDirectory, settings.Inputs);
        var pipeline = new AnalysisPipeline(analyzers);
        Aggregator aggregate;
        RunCounts counts;
        var inputs = settings.Inputs.Select(input => new InputSummary(input)).ToArray();
        // Story matching's first pass runs while the first articles are analysed; the writer waits for its table.
        var matching = settings.Stories == StoryMode.Auto ? Task.Run(() => MatchStories(settings)) : null;
        var runner = new BatchRunner(pipeline, settings.Seed, workers: settings.Workers)
        {
            Progress = progress, Shard = settings.Shard, MaxArticleChars = settings.MaxArticleChars,
            Stories = matching?.ContinueWith(t => (Func<string, string?>)t.Result.StoryOf, TaskContinuationOptions.ExecuteSynchronously),
        };
        using (var tables = new ArticleTables(output.StagingPath, pipeline.Schema, withPosition: settings.Shard is not null))
        {
            (aggregate, counts) = runner.Run(InputSummary.Read(inputs, settings.Reader), tables);
        }
        if (matching is not null) StoriesTable.Write(Path.Combine(output.StagingPath, StoriesTable.FileName), matching.Result.Stories);
        using var ownedAggregate = aggregate; // removes the story ledger's temporary files
        if (NothingAnalysable(settings, inputs, counts)) throw new NothingToAnalyseException(inputs, counts); // the staged folder is discarded
        if (counts.OutletGuessNote() is { } note) counts.Warn(note);
        ReleaseStreamGarbage();
        settings.Timings?.Invoke("read, analyse, write per-article tables", clock.Elapsed);
        clock.Restart();
        var description = new RunDescription(settings.Shard is null ? "analyze" : "analyze --shard " + settings.Shard,
            [.. settings.Inputs.Select(Resources.ToolData.DisplayInput)], settings.RecordedOptions);
        if (settings.Shard is not null)
        {
            PartialState.Write(Path.Combine(output.StagingPath, PartialStateFile), aggregate, counts, PartialState.ModelsSignature(analyzers));
            RunManifest.Write(Path.Combine(output.StagingPath, "run.json"), description, counts,
                aggregate.Outlets.ToDictionary(o => o.Key, o => o.Value.Articles), analyzers);
        }
        else
        {
            // The trends read only the finished articles.csv, so they are computed while the statistics are.
            var trends = RunTrends.Start(output.StagingPath, aggregate, settings.TrendPeriod);
            var results = RunResults.Compute(aggregate);
            settings.Timings?.Invoke("statistics", clock.Elapsed);
            clock.Restart();
            ResultWriter.Write(output.StagingPath, results, counts, description, analyzers, settings.Charts, settings.TrendPeriod, trends);
            settings.Timings?.Invoke("per-outlet tables, charts, report", clock.Elapsed);
        }
        output.Commit();
        return counts;
    }

    /// <summary>
    /// With <c>--stories auto</c>, a first pass over all inputs (every shard reads them all, so every shard finds the
    /// same stories and a merged run equals a single one) matches stories from headlines and ledes. It runs on its own
    /// task while the analysis starts; the batch runner's writer waits for it before it hands on the first article, and
    /// sets each article's story then (analyzers never read stories), so memory stays bounded by the records in flight.
    /// </summary>
    private static StoryTable MatchStories(AnalyzeSettings settings)
    {
        if (settings.Inputs.Contains("-")) throw new ArgumentException("--stories auto reads the inputs twice and cannot read stdin ('-'); save it to a file first.");
        var encoder = EncoderCatalog.Table(settings.StoryVectors ?? EncoderCatalog.ShippedVectorsPath);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var table = new StoryMatcher(encoder, settings.StoryMatching) { Timings = settings.Timings }.Match(InputCatalog.Read(settings.Inputs, settings.Reader));
        settings.Timings?.Invoke("story matching (first pass over all inputs, alongside the first articles' analysis)", clock.Elapsed);
        return table;
    }

    /// <summary>
    /// A whole run with no article analysed has nothing to report. A shard may own no article while others do (a
    /// small corpus in many shards), so a shard only fails when the whole input, read before sharding, held no article.
    /// </summary>
    private static bool NothingAnalysable(AnalyzeSettings settings, InputSummary[] inputs, RunCounts counts) =>
        settings.Shard is null ? counts.Analysed == 0 : inputs.All(input => input.Articles == 0);

    /// <summary>
    /// At the end of the per-article stream everything it allocated is garbage, and only the bounded aggregation state is
    /// live: one compacting collection that returns the free memory to the system keeps the statistics, charts and report
    /// (which allocate native image buffers) from stacking their memory on top of the stream's, which made peak memory
    /// depend on how long the stream had run. Measured cost: a few milliseconds (docs/performance.md).
    /// </summary>
    internal static void ReleaseStreamGarbage() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
