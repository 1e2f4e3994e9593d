using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// Per-outlet aggregation of article scores. Each worker can own one; <see cref="Merge"/> combines them (and partial
/// results from other machines) into exactly the state a single pass would have produced. Its memory does not grow
/// with the number of articles: per outlet it keeps sums, resample sums, a bounded <see cref="ValueSample"/> per metric and
/// an <see cref="ArticleSample"/>; per story, tallies that spill to temporary files (<see cref="StoryLedger"/>), which
/// <see cref="Dispose"/> removes.
/// </summary>
public sealed class Aggregator : IDisposable
{
    public Aggregator(ScoreSchema schema, int seed = 20260311, int resamples = PoissonWeights.DefaultResamples,
        int storiesInMemory = StoryLedger.DefaultMemoryLimit)
    {
        Schema = schema;
        Seed = seed;
        Resamples = resamples;
        PointMetrics = Enumerable.Range(0, schema.Metrics.Count).Where(i => schema.Metrics[i].InArticlesTable).ToArray();
        Stories = new StoryLedger(PointMetrics.Length, storiesInMemory);
    }

    public ScoreSchema Schema { get; }
    public int Seed { get; }
    public int Resamples { get; }
    /// <summary>Indexes (into the schema) of the articles-table metrics: those with a <see cref="ValueSample"/> per outlet.</summary>
    public int[] PointMetrics { get; }
    public SortedDictionary<string, OutletAccumulator> Outlets { get; } = new(StringComparer.Ordinal);
    /// <summary>Per (outlet, story) tallies of the articles-table metrics, indexed like <see cref="PointMetrics"/>.</summary>
    public StoryLedger Stories { get; }
    /// <summary>Per (outlet, day, family, choice) counts of term-family choices, for trends; dated articles only.</summary>
    public FamilyTimeline FamilyDays { get; } = new();

    public void Add(ArticleAnalysis analysis) => Add(ScoredArticle.From(analysis));

    public void Add(ScoredArticle article)
    {
        Span<byte> counts = stackalloc byte[Resamples];
        PoissonWeights.Fill(article.Id, Seed, counts);
        Outlet(article.Outlet).Add(article, counts);
        if (!string.IsNullOrEmpty(article.Story)) Stories.Add(article.Outlet, article.Story, article.Scores.Values, PointMetrics);
        if (article.Terms.Count > 0 && FramingAnalyzer.Stories.StoryDates.DayOf(article.Date) is { } day) FamilyDays.Add(article.Outlet, day, article.Terms);
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
        Stories.Merge(other.Stories);
        FamilyDays.Merge(other.FamilyDays);
    }

    public void Dispose() => Stories.Dispose();
}
