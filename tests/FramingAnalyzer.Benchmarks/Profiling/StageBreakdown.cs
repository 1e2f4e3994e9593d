using System.Diagnostics;
using System.Globalization;
using System.Text;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Input;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Model;
using FramingAnalyzer.Output;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Benchmarks.Profiling;

/// <summary>
/// Where a whole run's time and allocations go: the stages of <see cref="AnalysisRun"/> replayed on one thread, each
/// timed with a stopwatch, for a given corpus. Loading, reading, segmentation, each analyzer, aggregation, the
/// per-article tables, then each statistic of <see cref="RunResults"/> and the writing of the per-outlet tables,
/// charts and report. One thread, so stage times add up; the real run spreads the per-article stages over the workers.
/// "Of which" rows (attribution extraction and the sentence-function model inside the sourcing analyzer; term matching,
/// the classifier's lexicon features and the loaded classifier inside the loaded analyzer) are measured by repeating
/// that part on its own with the shipped lexicons and models, the way the analyzer calls it.
/// </summary>
public static class StageBreakdown
{
    public static string Run(string corpus, string outputDirectory, int? limit)
    {
        var clock = new StageClock();
        var wall = Stopwatch.StartNew();
        var analyzers = clock.Time("load lexicons and models", () => StandardAnalyzers.Create(new AnalyzerOptions()));
        var pipeline = new AnalysisPipeline(analyzers);
        var schema = pipeline.Schema;
        // The same shipped lexicon, features and models as the standard analyzers, for the "of which" rows.
        var matcher = LoadedTaskFeatures.ShippedMatcher();
        var features = LoadedTaskFeatures.SentenceFeatures();
        using var loadedModel = ModelCatalog.TryLoad(ClassifierTask.Loaded, null, features.AsExtraFeatures())?.Model as TextClassifierModel;
        using var functionModel = ModelCatalog.TryLoad(ClassifierTask.Function, null, null)?.Model as TextClassifierModel;
        var extractor = schema.Analyzers.OfType<SourcingAnalyzer>().FirstOrDefault()?.Extractor;

        if (Directory.Exists(outputDirectory)) Directory.Delete(outputDirectory, recursive: true);
        Directory.CreateDirectory(outputDirectory);
        var aggregate = new Aggregator(schema);
        long articles = 0, words = 0, sentences = 0;
        var tables = new ArticleTables(outputDirectory, schema);
        {
            using var items = InputCatalog.Read([corpus], new ReaderOptions()).GetEnumerator();
            while (limit is null || articles < limit)
            {
                if (!clock.Time("read files (walk, decode, front matter, id)", items.MoveNext)) break;
                var article = items.Current.Article;
                if (article is null) continue;
                var document = clock.Time("segmentation (DocumentBuilder.Build)", () => DocumentBuilder.Build(article));
                var analysis = new ArticleAnalysis(document, schema);
                for (int i = 0; i < schema.Analyzers.Count; i++)
                {
                    var metrics = new MetricWriter(analysis.Scores, schema.MetricOffsets[i]);
                    var cells = new SentenceCellWriter(analysis.SentenceCells, schema.ColumnOffsets[i]);
                    clock.Time($"analyzer '{schema.Analyzers[i].Name}'", () => schema.Analyzers[i].Analyze(analysis, metrics, cells));
                    if (schema.Analyzers[i] is SourcingAnalyzer && extractor is not null)
                    {
                        var found = clock.Time("  of which attribution extraction (AttributionExtractor.Extract)", () => extractor.Extract(document), part: true);
                        var attributed = found.Select(f => f.SentenceIndex).ToHashSet();
                        var pending = document.Sentences.Where(s => s.Role != ParagraphRole.Note && !attributed.Contains(s.Index))
                            .Select(s => new ClassifierInput(document.Slice(s.Span))).ToList();
                        if (functionModel is not null && pending.Count > 0)
                        {
                            clock.Time("  of which sentence-function classifier (Predict)", () => functionModel.Predict(pending), part: true);
                        }
                    }
                    else if (schema.Analyzers[i] is LoadedWordingAnalyzer)
                    {
                        clock.Time("  of which term matching (TermMatcher.Match)", () => matcher.Match(document), part: true);
                        var scored = document.Sentences.Where(s => s.Role != ParagraphRole.Note).ToArray();
                        var inputs = clock.Time("  of which classifier features (LoadedSentenceFeatures.ComputeFor)",
                            () => scored.Select(s => new ClassifierInput(document.Slice(s.Span), "", features.ComputeFor(document, s))).ToArray(), part: true);
                        if (loadedModel is not null) clock.Time("  of which loaded classifier (Predict, features given)", () => loadedModel.Predict(inputs), part: true);
                    }
                }
                clock.Time("aggregation (Aggregator.Add)", () => aggregate.Add(analysis));
                clock.Time("per-article tables (articles, sentences, attributions)", () => tables.OnArticle(analysis, articles));
                articles++;
                words += document.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
                sentences += document.Sentences.Count;
            }
            clock.Time("per-article tables (articles, sentences, attributions)", tables.Dispose);
        }

        // What the run keeps after the per-article stages: the aggregation state (and the runtime, lexicons, models).
        long liveBytes = GC.GetTotalMemory(forceFullCollection: true);
        clock.Time("statistics: outlet summaries", () => OutletSummaries.Summarise(aggregate));
        clock.Time("statistics: mixes", () => OutletSummaries.Mixes(aggregate));
        clock.Time("statistics: term rows", () => TermRows.Build(aggregate));
        clock.Time("statistics: outlet comparisons (bootstrap, permutation, Cliff's delta)", () => OutletComparisons.Compare(aggregate));
        clock.Time("statistics: story-matched comparisons", () => StoryMatchedComparisons.Compare(aggregate));
        var results = RunResults.Compute(aggregate); // again, untimed: the same rows as above, for the writers
        var counts = new RunCounts { Read = articles, Analysed = articles };
        var description = new RunDescription("breakdown", [corpus], new Dictionary<string, string>());
        clock.Time("write outlet tables, charts, report, run.json", () => ResultWriter.Write(outputDirectory, results, counts, description, analyzers, charts: true));
        clock.Time("  of which charts (RunCharts.Render)", () => RunCharts.Render(Path.Combine(outputDirectory, "charts"), results), part: true);
        wall.Stop();

        return Format(corpus, clock, articles, words, sentences, wall.Elapsed.TotalSeconds, liveBytes);
    }

    private static string Format(string corpus, StageClock clock, long articles, long words, long sentences, double wallSeconds, long liveBytes)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(string.Create(inv, $"Breakdown of {corpus}: {articles:N0} articles, {words:N0} words, {sentences:N0} sentences, one thread"));
        text.AppendLine();
        text.AppendLine("| stage | seconds | share | µs per article | CPU µs per article | MB allocated |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        double total = clock.TotalSeconds;
        foreach (var (stage, seconds, cpuSeconds, mb, part) in clock.Stages)
        {
            var name = part ? "↳ " + stage.Trim() : stage;
            text.AppendLine(string.Create(inv, $"| {name} | {seconds:F2} | {100 * seconds / total:F1}% | {1e6 * seconds / Math.Max(1, articles):F0} | {1e6 * cpuSeconds / Math.Max(1, articles):F0} | {mb:N0} |"));
        }
        text.AppendLine(string.Create(inv, $"| **total (excluding ↳ rows)** | **{total:F2}** | 100% | {1e6 * total / Math.Max(1, articles):F0} | {1e6 * clock.TotalCpuSeconds / Math.Max(1, articles):F0} | |"));
        text.AppendLine();
        using var self = Process.GetCurrentProcess();
        text.AppendLine(string.Create(inv,
            $"Wall {wallSeconds:F1} s ({articles / wallSeconds:F0} articles/s on one thread); peak working set {self.PeakWorkingSet64 / 1e6:F0} MB; live heap after the per-article stages (full GC) {liveBytes / 1e6:F0} MB; GC gen0/1/2 = {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; total allocated {GC.GetTotalAllocatedBytes() / 1e9:F2} GB."));
        return text.ToString();
    }
}
