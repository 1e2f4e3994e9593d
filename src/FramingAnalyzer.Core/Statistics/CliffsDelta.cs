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

    /// <summary>
    /// Cliff's delta from two histograms with the same bins (<see cref="Aggregation.ValueSample.Bins"/>): values in
    /// different bins compare by bin; in the same bin they compare exactly when both bins hold one distinct value each,
    /// and count as ties otherwise (so the result can be closer to 0 than the exact delta by at most the share of pairs
    /// that fall in one bin of several values).
    /// </summary>
    public static double OfBins(Aggregation.ValueBin[] a, Aggregation.ValueBin[] b)
    {
        long totalA = a.Sum(x => x.Count), totalB = b.Sum(x => x.Count);
        if (totalA == 0 || totalB == 0) return double.NaN;
        double greater = 0, less = 0;
        long below = 0; // B values in bins below the current A bin
        int j = 0;
        foreach (var bin in a)
        {
            int key = Aggregation.ValueSample.BinOf(bin.Min);
            while (j < b.Length && Aggregation.ValueSample.BinOf(b[j].Min) < key) below += b[j++].Count;
            long same = 0;
            if (j < b.Length && Aggregation.ValueSample.BinOf(b[j].Min) == key)
            {
                var other = b[j];
                same = other.Count;
                if (bin.Min == bin.Max && other.Min == other.Max)
                {
                    if (bin.Min > other.Min) greater += (double)bin.Count * other.Count;
                    else if (bin.Min < other.Min) less += (double)bin.Count * other.Count;
                }
            }
            greater += (double)bin.Count * below;
            less += (double)bin.Count * (totalB - below - same);
        }
        return (greater - less) / ((double)totalA * totalB);
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
