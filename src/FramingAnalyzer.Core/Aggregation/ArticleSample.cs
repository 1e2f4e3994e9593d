namespace FramingAnalyzer.Aggregation;

/// <summary>
/// A fixed-size sample of an outlet's articles for charts that draw articles one by one (the scatter chart): the
/// <see cref="Limit"/> articles with the smallest keys (hashes of their ids). A uniform random sample that does not depend
/// on arrival order or on how the corpus was sharded: merging two samples and keeping the smallest keys gives the sample
/// of the union.
/// </summary>
public sealed class ArticleSample
{
    public const int Limit = 1000;

    private readonly List<ArticlePoint> _points = [];
    private bool _trimmed = true;
    private ArticlePoint? _largestKept; // once the sample is full: a point after this one can never be in it

    public void Add(ArticlePoint point)
    {
        if (_largestKept is not null && Compare(point, _largestKept) > 0) return;
        _points.Add(point);
        _trimmed = false;
        if (_points.Count >= 2 * Limit) Trim();
    }

    public void Merge(ArticleSample other)
    {
        foreach (var point in other.Points) Add(point);
    }

    /// <summary>The sampled articles, ordered by key (then id).</summary>
    public IReadOnlyList<ArticlePoint> Points
    {
        get
        {
            if (!_trimmed) Trim();
            return _points;
        }
    }

    private void Trim()
    {
        _points.Sort(Compare);
        if (_points.Count > Limit) _points.RemoveRange(Limit, _points.Count - Limit);
        if (_points.Count == Limit) _largestKept = _points[^1];
        _trimmed = true;
    }

    private static int Compare(ArticlePoint a, ArticlePoint b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : string.CompareOrdinal(a.Id, b.Id);
}
