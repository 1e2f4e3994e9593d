using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// Everything aggregation keeps for one outlet. Mergeable: <see cref="Merge"/> of partial states equals one pass over
/// all articles. Memory per outlet is bounded: metrics × resamples sums, a <see cref="ValueSample"/> per articles-table
/// metric, an <see cref="ArticleSample"/>, the tallies of the lexicon's terms and the set of dates.
/// </summary>
public sealed class OutletAccumulator
{
    private readonly int[] _pointMetrics;

    public OutletAccumulator(string outlet, ScoreSchema schema, int resamples, int[] pointMetrics)
    {
        Outlet = outlet;
        _pointMetrics = pointMetrics;
        Metrics = schema.Metrics.Select(m => new MetricAccumulator(m.Kind, resamples, withMeanResamples: m.InArticlesTable)).ToArray();
        Distributions = pointMetrics.Select(_ => new ValueSample()).ToArray();
        _block = new BootstrapBlock(resamples);
    }

    /// <summary>Brings every metric's resample sums up to date and empties the block of weights.</summary>
    private void FlushBlock()
    {
        foreach (var metric in Metrics) metric.Flush();
        _block.Clear();
    }

    public string Outlet { get; }
    public long Articles { get; private set; }
    public MetricAccumulator[] Metrics { get; }
    /// <summary>The distribution of each articles-table metric (indexed like <see cref="Aggregator.PointMetrics"/>).</summary>
    public ValueSample[] Distributions { get; }
    /// <summary>A fixed-size sample of the outlet's articles with all their articles-table values.</summary>
    public ArticleSample Sample { get; } = new();
    public SortedDictionary<string, TermTally> Terms { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Dates { get; } = new(StringComparer.Ordinal);

    private readonly BootstrapBlock _block;

    /// <param name="weights">The article's Poisson weight in each resample (<see cref="PoissonWeights.Fill"/>).</param>
    public void Add(ScoredArticle article, ReadOnlySpan<byte> weights)
    {
        Articles++;
        var scores = article.Scores;
        int slot = _block.Add(weights);
        for (int m = 0; m < Metrics.Length; m++)
        {
            Metrics[m].Add(_block, slot, scores.Values[m], scores.Numerators[m], scores.Denominators[m]);
        }
        if (_block.IsFull) FlushBlock();
        var values = new float[_pointMetrics.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)scores.Values[_pointMetrics[i]];
            Distributions[i].Add(values[i]);
        }
        Sample.Add(new ArticlePoint(PoissonWeights.Hash(article.Id), article.Id, values));
        if (!string.IsNullOrEmpty(article.Date)) Dates.Add(article.Date);
        AddTerms(article.Terms);
    }

    // A hash index over Terms by (term, family), so the hot path neither builds key strings nor walks the sorted tree;
    // tallies are only ever added to Terms, never replaced, so an indexed tally is always the one in Terms.
    private readonly Dictionary<(string Term, string Family), TermTally> _termIndex = [];
    private readonly HashSet<TermTally> _seenInArticle = new(ReferenceEqualityComparer.Instance);

    private void AddTerms(IReadOnlyList<TermOccurrence> terms)
    {
        if (terms.Count == 0) return;
        _seenInArticle.Clear();
        foreach (var hit in terms)
        {
            var family = hit.Category == Model.TermHit.ClassifierCategory ? ClassifierFamily : hit.Family;
            if (!_termIndex.TryGetValue((hit.Term, family), out var tally))
            {
                var key = TermKey(hit.Term, family);
                if (!Terms.TryGetValue(key, out tally))
                {
                    Terms[key] = tally = new TermTally { Category = hit.Category, Family = hit.Family, Choice = hit.Choice };
                }
                _termIndex[(hit.Term, family)] = tally;
            }
            tally.Count++;
            if (hit.InQuote) tally.Quoted++;
            else tally.OwnVoice++;
            if (_seenInArticle.Add(tally)) tally.Articles++;
        }
    }

    /// <summary>The family a classifier-named word is keyed under, apart from the lexicon's term of the same spelling.</summary>
    private const string ClassifierFamily = "\u0002classifier";

    /// <summary>Terms are keyed by term and family: the same word may be a loaded term, a family choice and a word the classifier named.</summary>
    public static string TermKey(string term, string family) => family.Length == 0 ? term : term + "\u0001" + family;

    public static string TermOf(string key) => key.Split('\u0001')[0];

    public void Merge(OutletAccumulator other)
    {
        FlushBlock();
        other.FlushBlock();
        Articles += other.Articles;
        for (int m = 0; m < Metrics.Length; m++) Metrics[m].Merge(other.Metrics[m]);
        for (int i = 0; i < Distributions.Length; i++) Distributions[i].Merge(other.Distributions[i]);
        Sample.Merge(other.Sample);
        // New keys get tallies of their own: sharing the other's objects would let later merges into this state change it.
        foreach (var (key, tally) in other.Terms)
        {
            if (!Terms.TryGetValue(key, out var mine))
            {
                Terms[key] = mine = new TermTally { Category = tally.Category, Family = tally.Family, Choice = tally.Choice };
            }
            mine.Merge(tally);
        }
        Dates.UnionWith(other.Dates);
    }

    internal void RestoreArticles(long articles) => Articles = articles;
}
