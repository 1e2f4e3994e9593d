using System.IO.Compression;
using System.Text;
using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// The mergeable per-outlet state of a partial run, saved as <c>partial.state</c> (deflate-compressed binary):
/// everything an <see cref="Aggregator"/> holds, plus the run's counts. Reading checks that the state was made with
/// the same metrics, seed and resample count, and scored with the same models and encoder vectors (<see cref="ModelsSignature"/>),
/// so partials from different tool versions, options or encoders are never mixed.
/// </summary>
public static class PartialState
{
    private const string Magic = "framing-partial-state";
    private const int Version = 4;

    /// <summary>What must agree between the shards of one run: each model's task, training data and encoder vectors.</summary>
    public static string ModelsSignature(IEnumerable<IArticleAnalyzer> analyzers) =>
        string.Join("; ", analyzers.OfType<IDescribesResources>().SelectMany(a => a.Models)
            .Select(m => $"{m.Task} (training data {Short(m.TrainingDataHash)}, encoder {(m.Encoder.Length > 0 ? $"{m.Encoder} {Short(m.EncoderSha256)}" : "none")})"));

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    public static void Write(string path, Aggregator aggregator, Model.RunCounts counts, string modelsSignature = "")
    {
        using var file = File.Create(path);
        using var deflate = new DeflateStream(file, CompressionLevel.Fastest);
        using var w = new BinaryWriter(deflate, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(aggregator.Seed);
        w.Write(aggregator.Resamples);
        w.Write(aggregator.Schema.Metrics.Count);
        foreach (var metric in aggregator.Schema.Metrics) w.Write(metric.Name);
        w.Write(modelsSignature);
        w.Write(counts.Read);
        w.Write(counts.Analysed);
        w.Write(counts.Skipped);
        w.Write(counts.Duplicates);
        w.Write(counts.WarningCount);
        w.Write(counts.Warnings.Count);
        foreach (var warning in counts.Warnings) w.Write(warning);
        w.Write(aggregator.Outlets.Count);
        foreach (var outlet in aggregator.Outlets.Values) WriteOutlet(w, outlet);
        foreach (var story in aggregator.Stories.Stories())
        {
            foreach (var (outlet, tally) in story.Outlets)
            {
                w.Write(true);
                w.Write(outlet);
                w.Write(story.Story);
                foreach (var c in tally.Counts) w.Write(c);
                foreach (var sum in tally.Sums) w.Write(sum);
            }
        }
        w.Write(false);
        w.Write(aggregator.FamilyDays.Counts.Count);
        foreach (var ((outlet, day, family, choice), count) in aggregator.FamilyDays.Counts)
        {
            w.Write(outlet);
            w.Write(day);
            w.Write(family);
            w.Write(choice);
            w.Write(count);
        }
    }

    /// <param name="modelsSignature">The merging run's <see cref="ModelsSignature"/>; null to accept any.</param>
    public static (Aggregator Aggregate, Model.RunCounts Counts) Read(string path, ScoreSchema schema, string? modelsSignature = null)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var deflate = new DeflateStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(deflate, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != Version) throw new InvalidDataException("not a partial state of this version");
            int seed = r.ReadInt32(), resamples = r.ReadInt32(), metricCount = r.ReadInt32();
            var names = Enumerable.Range(0, metricCount).Select(_ => r.ReadString()).ToArray();
            if (!names.SequenceEqual(schema.Metrics.Select(m => m.Name)))
            {
                throw new InvalidDataException("it was made with different analyzers, lexicons or tool version (its metrics differ)");
            }
            var models = r.ReadString();
            if (modelsSignature is not null && models != modelsSignature)
            {
                throw new InvalidDataException($"it was scored with other models or encoder vectors ({models}) than this merge uses ({modelsSignature}); " +
                    "merge with the same --encoder and --models as the shards, or rerun the shards");
            }
            var aggregator = new Aggregator(schema, seed, resamples);
            var counts = new Model.RunCounts
            {
                Read = r.ReadInt64(),
                Analysed = r.ReadInt64(),
                Skipped = r.ReadInt64(),
                Duplicates = r.ReadInt64(),
                WarningCount = r.ReadInt64(),
            };
            int warnings = r.ReadInt32();
            for (int i = 0; i < warnings; i++) counts.Warnings.Add(r.ReadString());
            int outlets = r.ReadInt32();
            for (int i = 0; i < outlets; i++) ReadOutlet(r, aggregator);
            var tally = new StoryTally(aggregator.PointMetrics.Length);
            while (r.ReadBoolean())
            {
                string outlet = r.ReadString(), story = r.ReadString();
                for (int m = 0; m < tally.Counts.Length; m++) tally.Counts[m] = r.ReadInt64();
                for (int m = 0; m < tally.Sums.Length; m++) tally.Sums[m] = r.ReadInt64();
                aggregator.Stories.Add(outlet, story, tally); // adds a copy
            }
            int familyDays = r.ReadInt32();
            for (int i = 0; i < familyDays; i++) aggregator.FamilyDays.Add((r.ReadString(), r.ReadInt32(), r.ReadString(), r.ReadString()), r.ReadInt64());
            return (aggregator, counts);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"{path}: cannot read partial state: {ex.Message}", ex);
        }
    }

    private static void WriteOutlet(BinaryWriter w, OutletAccumulator outlet)
    {
        w.Write(outlet.Outlet);
        w.Write(outlet.Articles);
        foreach (var metric in outlet.Metrics)
        {
            w.Write(metric.Count);
            w.Write(metric.ValueSum);
            w.Write(metric.NumeratorSum);
            w.Write(metric.DenominatorSum);
            if (metric.MeanResamples is not null) WriteSums(w, metric.MeanResamples);
            if (metric.PooledResamples is not null) WriteSums(w, metric.PooledResamples);
        }
        foreach (var distribution in outlet.Distributions) distribution.Write(w);
        w.Write(outlet.Sample.Points.Count);
        foreach (var point in outlet.Sample.Points)
        {
            w.Write(point.Key);
            w.Write(point.Id);
            foreach (var value in point.Values) w.Write(value);
        }
        w.Write(outlet.Terms.Count);
        foreach (var (key, tally) in outlet.Terms)
        {
            w.Write(key);
            w.Write(tally.Category);
            w.Write(tally.Family);
            w.Write(tally.Choice);
            w.Write(tally.Count);
            w.Write(tally.OwnVoice);
            w.Write(tally.Quoted);
            w.Write(tally.Articles);
        }
        w.Write(outlet.Dates.Count);
        foreach (var date in outlet.Dates) w.Write(date);
    }

    private static void ReadOutlet(BinaryReader r, Aggregator aggregator)
    {
        var outlet = aggregator.Outlet(r.ReadString());
        outlet.RestoreArticles(r.ReadInt64());
        foreach (var metric in outlet.Metrics)
        {
            metric.Restore(r.ReadInt64(), r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
            if (metric.MeanResamples is not null) ReadSums(r, metric.MeanResamples);
            if (metric.PooledResamples is not null) ReadSums(r, metric.PooledResamples);
        }
        for (int i = 0; i < outlet.Distributions.Length; i++) outlet.Distributions[i].Merge(ValueSample.Read(r));
        int points = r.ReadInt32();
        int width = aggregator.PointMetrics.Length;
        for (int i = 0; i < points; i++)
        {
            ulong key = r.ReadUInt64();
            string id = r.ReadString();
            var values = new float[width];
            for (int v = 0; v < width; v++) values[v] = r.ReadSingle();
            outlet.Sample.Add(new ArticlePoint(key, id, values));
        }
        int terms = r.ReadInt32();
        for (int i = 0; i < terms; i++)
        {
            var key = r.ReadString();
            outlet.Terms[key] = new TermTally
            {
                Category = r.ReadString(),
                Family = r.ReadString(),
                Choice = r.ReadString(),
                Count = r.ReadInt64(),
                OwnVoice = r.ReadInt64(),
                Quoted = r.ReadInt64(),
                Articles = r.ReadInt64(),
            };
        }
        int dates = r.ReadInt32();
        for (int i = 0; i < dates; i++) outlet.Dates.Add(r.ReadString());
    }

    private static void WriteSums(BinaryWriter w, BootstrapSums sums)
    {
        foreach (var n in sums.Numerators) w.Write(n);
        foreach (var d in sums.Denominators) w.Write(d);
    }

    private static void ReadSums(BinaryReader r, BootstrapSums sums)
    {
        for (int b = 0; b < sums.Numerators.Length; b++) sums.Numerators[b] = r.ReadInt64();
        for (int b = 0; b < sums.Denominators.Length; b++) sums.Denominators[b] = r.ReadInt64();
    }
}
