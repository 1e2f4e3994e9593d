using FramingAnalyzer.Numerics;
namespace FramingAnalyzer.Statistics;

/// <summary>A confidence interval; both ends NaN when it cannot be computed (e.g. no articles).</summary>
public readonly record struct Interval(double Low, double High)
{
    public static readonly Interval None = new(double.NaN, double.NaN);

    /// <summary>The central percentile interval of sorted bootstrap statistics at the given level (0.95 = 2.5%–97.5%).</summary>
    public static Interval Percentile(IReadOnlyList<double> sortedStatistics, double level = 0.95)
    {
        if (sortedStatistics.Count < 2) return None;
        double tail = (1 - level) / 2;
        return new Interval(Quantile.OfSorted(sortedStatistics, tail), Quantile.OfSorted(sortedStatistics, 1 - tail));
    }
}
