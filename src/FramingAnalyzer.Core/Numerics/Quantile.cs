namespace FramingAnalyzer.Numerics;

/// <summary>Quantiles of sorted samples by linear interpolation between order statistics (Hyndman–Fan type 7, as R's default).</summary>
public static class Quantile
{
    public static double OfSorted(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return double.NaN;
        double h = (sorted.Count - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray();
        return OfSorted(sorted, 0.5);
    }
}
