using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// Per-outlet aggregation of article scores. Each worker can own one; <see cref="Merge"/> combines them (and partial
/// results from other machines) into exactly the state a single pass would have produced.
/// </summary>
public sealed class Aggregator
{
    public Aggregator(ScoreSchema schema, int seed = 20260311, int resamples = PoissonWeights.DefaultResamples)
    {
        Schema = schema;
        Seed = seed;
        Resamples = resamples;
        PointMetrics = Enumerable.Range(0, schema.Metrics.Count).Where(i => schema.Metrics[i].InArticlesTable).ToArray();
    }

    public ScoreSchema Schema { get; }
    public int Seed { get; }
    public int Resamples { get; }
    /// <summary>Indexes (into the schema) of the metrics kept per article in <see cref="ArticlePoint.Values"/>.</summary>
    public int[] PointMetrics { get; }
    public SortedDictionary<string, OutletAccumulator> Outlets { get; } = new(StringComparer.Ordinal);

    public void Add(ArticleAnalysis analysis) => Add(ScoredArticle.From(analysis));

    public void Add(ScoredArticle article)
    {
        Span<byte> counts = stackalloc byte[Resamples];
        PoissonWeights.Fill(article.Id, Seed, counts);
        Span<long> weights = stackalloc long[Resamples];
        for (int b = 0; b < counts.Length; b++) weights[b] = counts[b];
        Outlet(article.Outlet).Add(article, weights);
    }

    public OutletAccumulator Outlet(string name)
    {
        if (!Outlets.TryGetValue(name, out var outlet))
        {
            Outlets[name] = outlet = new OutletAccumulator(name, Schema, Resamples, PointMetrics);
        }
        return outlet;
    }

    public void Merge(Aggregator other)
    {
        if (other.Seed != Seed || other.Resamples != Resamples || other.Schema.Metrics.Count != Schema.Metrics.Count)
        {
            throw new InvalidOperationException("Cannot merge aggregations made with different seeds, resample counts or analyzers.");
        }
        foreach (var (name, outlet) in other.Outlets) Outlet(name).Merge(outlet);
    }
}
