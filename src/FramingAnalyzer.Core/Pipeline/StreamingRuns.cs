using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Input;
using FramingAnalyzer.Model;
using FramingAnalyzer.Output;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// The two halves of streaming mode for engines that pipe records through a command (Hadoop Streaming, Spark's
/// RDD.pipe, GNU parallel): <see cref="Score"/> turns input records into score lines, <see cref="Aggregate"/> turns
/// score lines into the tables, charts and report.
/// </summary>
public static class StreamingRuns
{
    /// <summary>Scores every record from the inputs; writes one line per record (article or skipped) in input order.</summary>
    public static RunCounts Score(IReadOnlyList<string> inputs, ReaderOptions reader, IReadOnlyList<IArticleAnalyzer> analyzers, TextWriter output, int seed, int? workers = null)
    {
        var pipeline = new AnalysisPipeline(analyzers);
        var sink = new ScoreLineSink(output, pipeline.Schema);
        var (_, counts) = new BatchRunner(pipeline, seed, workers: workers).Run(InputCatalog.Read(inputs, reader), sink);
        output.Flush();
        return counts;
    }

    /// <summary>Aggregates score lines (from files or a reader) into a full output folder.</summary>
    public static RunCounts Aggregate(IEnumerable<(string Line, string Where)> lines, string outputDirectory, IReadOnlyList<string> inputsForOverlapCheck,
        IReadOnlyList<IArticleAnalyzer> analyzers, RunDescription description, int seed, bool charts)
    {
        var schema = new ScoreSchema(analyzers);
        using var aggregate = new Aggregator(schema, seed);
        var counts = new RunCounts();
        var seen = new ArticleIdSet();
        using var output = StagedOutputFolder.Begin(outputDirectory, inputsForOverlapCheck);
        using (var tables = new ArticleTables(output.StagingPath, schema))
        {
            long position = 0;
            foreach (var (line, where) in lines)
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                counts.Read++;
                var parsed = ScoreLine.Read(line, schema, where);
                if (parsed.Skipped is not null)
                {
                    counts.Skip(parsed.Skipped);
                    tables.OnSkipped(parsed.Skipped, position++);
                    continue;
                }
                var article = parsed.Article!;
                if (!seen.Add(article.Id))
                {
                    var duplicate = new InputProblem(parsed.Path, "duplicate_id", $"Article id '{article.Id}' was already analysed; this copy is counted once.");
                    counts.Skip(duplicate);
                    counts.Duplicates++;
                    tables.OnSkipped(duplicate, position++);
                    continue;
                }
                counts.Analysed++;
                aggregate.Add(article);
                tables.WriteArticleRow(position++, article.Id, article.Outlet, article.Story, string.IsNullOrEmpty(article.Story) ? "" : "given", article.Date, parsed.Title, parsed.Path, article.Scores.Values);
            }
        }
        AnalysisRun.ReleaseStreamGarbage();
        ResultWriter.Write(output.StagingPath, RunResults.Compute(aggregate), counts, description, analyzers, charts);
        output.Commit();
        return counts;
    }

    private sealed class ScoreLineSink(TextWriter output, ScoreSchema schema) : IRunSink
    {
        public void OnArticle(ArticleAnalysis analysis, long position) => output.WriteLine(ScoreLine.Write(analysis, schema));

        public void OnSkipped(InputProblem problem, long position) => output.WriteLine(ScoreLine.WriteSkipped(problem));
    }
}
