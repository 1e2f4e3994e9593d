using FramingAnalyzer.Model;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Output;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// Merges partial results of sharded runs into the final output: the per-outlet states are merged (exactly, see
/// <see cref="Aggregator.Merge"/>) and the per-article tables are interleaved back into input order by each row's
/// input position. The result's tables are byte-identical to a single run over all inputs.
/// </summary>
public static class MergeRun
{
    public static RunCounts Execute(IReadOnlyList<string> partials, string outputDirectory, IReadOnlyList<IArticleAnalyzer> analyzers, bool charts,
        RunDescription description, Trends.TrendPeriod? trendPeriod = null)
    {
        if (partials.Count == 0) throw new ArgumentException("No partial results to merge.", nameof(partials));
        var schema = new ScoreSchema(analyzers);
        var models = PartialState.ModelsSignature(analyzers);
        Aggregator? total = null;
        var counts = new RunCounts();
        foreach (var partial in partials)
        {
            var statePath = Path.Combine(partial, AnalysisRun.PartialStateFile);
            if (!File.Exists(statePath)) throw new InvalidDataException($"{partial}: not a partial result (no {AnalysisRun.PartialStateFile}; make one with 'framing analyze --shard K/N').");
            var (aggregate, partCounts) = PartialState.Read(statePath, schema, models);
            if (total is null) total = aggregate;
            else
            {
                using (aggregate) total.Merge(aggregate);
            }
            counts.Read += partCounts.Read;
            counts.Analysed += partCounts.Analysed;
            counts.Skipped += partCounts.Skipped;
            counts.Duplicates += partCounts.Duplicates;
            counts.WarningCount += partCounts.WarningCount;
            foreach (var w in partCounts.Warnings) if (counts.Warnings.Count < RunCounts.MaxWarningsKept) counts.Warnings.Add(w);
        }
        using var output = StagedOutputFolder.Begin(outputDirectory, partials);
        foreach (var table in ArticleTables.TableFiles)
        {
            MergeTable(partials.Select(p => Path.Combine(p, table)).ToArray(), Path.Combine(output.StagingPath, table));
        }
        CopyStoryTable(partials, output.StagingPath);
        using (total) ResultWriter.Write(output.StagingPath, RunResults.Compute(total!), counts, description, analyzers, charts, trendPeriod);
        output.Commit();
        return counts;
    }

    /// <summary>
    /// stories.csv of runs with <c>--stories auto</c>: every shard matched stories over all inputs, so their tables are
    /// identical and one is copied; partials that disagree were made from different inputs or options.
    /// </summary>
    private static void CopyStoryTable(IReadOnlyList<string> partials, string outputDirectory)
    {
        var tables = partials.Select(p => Path.Combine(p, StoriesTable.FileName)).ToArray();
        int present = tables.Count(File.Exists);
        if (present == 0) return;
        if (present != tables.Length) throw new InvalidDataException("Some partial results have a stories.csv and some do not: merge shards of one run (all with --stories auto or none).");
        var first = File.ReadAllBytes(tables[0]);
        foreach (var other in tables.Skip(1))
        {
            if (!File.ReadAllBytes(other).AsSpan().SequenceEqual(first)) throw new InvalidDataException($"{other} differs from {tables[0]}: the shards matched stories over different inputs or options.");
        }
        File.WriteAllBytes(Path.Combine(outputDirectory, StoriesTable.FileName), first);
    }

    /// <summary>k-way merge of partial tables on their first column (input position), which is dropped.</summary>
    private static void MergeTable(string[] inputs, string outputPath)
    {
        var tables = new List<CsvTable>();
        try
        {
            IReadOnlyList<string>? header = null;
            foreach (var input in inputs)
            {
                var table = new CsvTable(new StreamReader(input), input);
                tables.Add(table);
                if (table.Header.Count == 0 || table.Header[0] != ArticleTables.PositionColumn) throw new InvalidDataException($"{input}: not a partial table (no {ArticleTables.PositionColumn} column).");
                header ??= table.Header.Skip(1).ToArray();
            }
            using var writer = new TableWriter(outputPath, [.. header!]);
            var heads = new PriorityQueue<int, (long Position, int Table)>();
            void Advance(int t)
            {
                if (tables[t].Read()) heads.Enqueue(t, (tables[t].Integer(ArticleTables.PositionColumn), t));
            }
            for (int t = 0; t < tables.Count; t++) Advance(t);
            while (heads.TryDequeue(out int t, out _))
            {
                var cells = tables[t].Cells;
                for (int i = 1; i < cells.Count; i++) writer.Raw(cells[i]);
                writer.EndRow();
                Advance(t);
            }
        }
        finally
        {
            foreach (var table in tables) table.Dispose();
        }
    }
}
