namespace FramingAnalyzer.Statistics;

/// <summary>
/// Cliff's delta: P(A &gt; B) − P(A &lt; B) over all pairs, from −1 to 1; a rank-based effect size that suits skewed,
/// bounded per-article shares. Computed in O(n log n) by sorting B.
/// </summary>
public static class CliffsDelta
{
    public static double Of(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count == 0 || b.Count == 0 ? double.NaN : OfSorted(a, b.OrderBy(x => x).ToArray());

    /// <summary>Cliff's delta when <paramref name="sorted"/> (the B sample) is already sorted ascending.</summary>
    public static double OfSorted(IReadOnlyList<double> a, double[] sorted)
    {
        if (a.Count == 0 || sorted.Length == 0) return double.NaN;
        long greater = 0, less = 0;
        foreach (var x in a)
        {
            int below = LowerBound(sorted, x);
            int notAbove = UpperBound(sorted, x);
            less += sorted.Length - notAbove;
            greater += below;
        }
        return (greater - less) / ((double)a.Count * sorted.Length);
    }

    private static int LowerBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (sorted[mid] < x) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (sorted[mid] <= x) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
