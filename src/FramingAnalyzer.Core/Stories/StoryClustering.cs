namespace FramingAnalyzer.Stories;

/// <summary>
/// Groups articles into stories from scored candidate pairs: pairs are taken from the most to the least similar (ties
/// by article order), and the two clusters a pair joins merge when their centroids are still similar enough and the
/// merged story spans no more than twice the date window. Centroid linkage needs no comparison beyond the candidate
/// pairs and guards against chains of look-alikes (Monday's strike, Tuesday's strike nearby); on our labelled corpora
/// single linkage (<see cref="StoryLinkage.Single"/>) did as well, because the same-outlet bar below does most of that work. An outlet rarely writes two articles on one event within days, and its
/// articles on look-alike events (two fires in one town) are what pulls distinct stories together: two clusters that
/// share an outlet must be much more alike (<see cref="StoryMatchingOptions.SameOutletThreshold"/>) to merge. Deterministic: the result depends only on the candidates and their order.
/// </summary>
internal sealed class StoryClustering
{
    private readonly StoryCandidate[] _articles;
    private readonly StoryMatchingOptions _options;
    private readonly int[] _parent;
    private readonly MergedCluster?[] _clusters;

    /// <summary>A cluster of two or more articles: the sums of its members' vectors and term weights, and its days.</summary>
    private sealed class MergedCluster
    {
        public required float[] VectorSum;
        public required Dictionary<int, float> TermSum;
        public required HashSet<string> Outlets;
        public int? FirstDay, LastDay;
    }

    public readonly record struct Pair(int A, int B, double Similarity);

    public StoryClustering(StoryCandidate[] articles, StoryMatchingOptions options)
    {
        _articles = articles;
        _options = options;
        _parent = Enumerable.Range(0, articles.Length).ToArray();
        _clusters = new MergedCluster?[articles.Length];
    }

    /// <summary>The root article of each article's cluster, after merging along <paramref name="pairs"/>.</summary>
    public int[] Cluster(List<Pair> pairs)
    {
        pairs.Sort((x, y) => y.Similarity.CompareTo(x.Similarity) is var c && c != 0 ? c : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        foreach (var pair in pairs)
        {
            int a = Find(pair.A), b = Find(pair.B);
            if (a == b) continue;
            if (SpanDays(a, b) > 2 * _options.WindowDays) continue;
            double needed = SharesOutlet(a, b) ? _options.SameOutletThreshold : _options.Threshold;
            double similarity = _options.Linkage == StoryLinkage.Single ? pair.Similarity : CentroidSimilarity(a, b);
            if (similarity < needed) continue;
            Merge(a, b);
        }
        return Enumerable.Range(0, _articles.Length).Select(Find).ToArray();
    }

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    private (int? First, int? Last) Days(int root) =>
        _clusters[root] is { } c ? (c.FirstDay, c.LastDay) : (_articles[root].Day, _articles[root].Day);

    private int SpanDays(int a, int b)
    {
        var (fa, la) = Days(a);
        var (fb, lb) = Days(b);
        if (fa is null || fb is null) return 0; // undated: no window to keep
        return Math.Max(la!.Value, lb!.Value) - Math.Min(fa.Value, fb.Value);
    }

    private bool SharesOutlet(int a, int b)
    {
        var ca = _clusters[a];
        var cb = _clusters[b];
        if (ca is null && cb is null) return string.Equals(_articles[a].Outlet, _articles[b].Outlet, StringComparison.Ordinal);
        if (ca is null) return cb!.Outlets.Contains(_articles[a].Outlet);
        if (cb is null) return ca.Outlets.Contains(_articles[b].Outlet);
        var (small, large) = ca.Outlets.Count <= cb.Outlets.Count ? (ca.Outlets, cb.Outlets) : (cb.Outlets, ca.Outlets);
        return small.Overlaps(large);
    }

    private float[] VectorOf(int root) => _clusters[root]?.VectorSum ?? _articles[root].Vector;

    private double CentroidSimilarity(int a, int b)
    {
        double vector = StorySimilarity.VectorCosine(VectorOf(a), VectorOf(b));
        double terms;
        var ca = _clusters[a];
        var cb = _clusters[b];
        if (ca is null && cb is null)
        {
            terms = StorySimilarity.SparseDot(_articles[a].Terms, _articles[a].Weights, _articles[b].Terms, _articles[b].Weights);
        }
        else
        {
            var da = ca?.TermSum ?? AsDictionary(_articles[a]);
            var db = cb?.TermSum ?? AsDictionary(_articles[b]);
            terms = SparseCosine(da, db);
        }
        return StorySimilarity.Combine(vector, terms, _options.VectorWeight);
    }

    private static Dictionary<int, float> AsDictionary(StoryCandidate article)
    {
        var d = new Dictionary<int, float>(article.Terms.Length);
        for (int i = 0; i < article.Terms.Length; i++) d[article.Terms[i]] = article.Weights[i];
        return d;
    }

    private static double SparseCosine(Dictionary<int, float> a, Dictionary<int, float> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (term, weight) in small) if (large.TryGetValue(term, out var other)) dot += (double)weight * other;
        double na = Norm(a), nb = Norm(b);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double Norm(Dictionary<int, float> d)
    {
        double sum = 0;
        foreach (var w in d.Values) sum += (double)w * w;
        return Math.Sqrt(sum);
    }

    private void Merge(int a, int b)
    {
        // The earlier article stays the root, so roots do not depend on the order merges happen in.
        var (root, child) = a < b ? (a, b) : (b, a);
        var merged = _clusters[root] ?? new MergedCluster
        {
            VectorSum = (float[])_articles[root].Vector.Clone(),
            TermSum = AsDictionary(_articles[root]),
            Outlets = new HashSet<string>(StringComparer.Ordinal) { _articles[root].Outlet },
            FirstDay = _articles[root].Day,
            LastDay = _articles[root].Day,
        };
        var vector = VectorOf(child);
        if (merged.VectorSum.Length == vector.Length) System.Numerics.Tensors.TensorPrimitives.Add(merged.VectorSum, vector, merged.VectorSum);
        if (_clusters[child] is { } other)
        {
            merged.Outlets.UnionWith(other.Outlets);
            foreach (var (term, weight) in other.TermSum) merged.TermSum[term] = merged.TermSum.GetValueOrDefault(term) + weight;
        }
        else
        {
            var article = _articles[child];
            merged.Outlets.Add(article.Outlet);
            for (int i = 0; i < article.Terms.Length; i++) merged.TermSum[article.Terms[i]] = merged.TermSum.GetValueOrDefault(article.Terms[i]) + article.Weights[i];
        }
        var (first, last) = Days(child);
        if (first is not null)
        {
            merged.FirstDay = merged.FirstDay is null ? first : Math.Min(merged.FirstDay.Value, first.Value);
            merged.LastDay = merged.LastDay is null ? last : Math.Max(merged.LastDay.Value, last!.Value);
        }
        _clusters[root] = merged;
        _clusters[child] = null;
        _parent[child] = root;
    }
}
