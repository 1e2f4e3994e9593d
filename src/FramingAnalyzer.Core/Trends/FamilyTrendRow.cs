namespace FramingAnalyzer.Trends;

/// <summary>One row of trend_families.csv: how often an outlet chose one label of a term family in one period, and its share of the family's labels.</summary>
public sealed record FamilyTrendRow(string Outlet, string Period, string Family, string Choice, long Count, long FamilyTotal)
{
    public double Share => FamilyTotal == 0 ? double.NaN : (double)Count / FamilyTotal;

    /// <summary>The 95% Wilson score interval of <see cref="Share"/>.</summary>
    public (double Low, double High) Wilson()
    {
        if (FamilyTotal == 0) return (double.NaN, double.NaN);
        const double z = 1.959963984540054;
        double n = FamilyTotal, p = Share, z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>As a trend row of the choice's share (for <c>TrendChart</c>): the count is the family's labels.</summary>
    public TrendRow AsTrendRow()
    {
        var (low, high) = Wilson();
        return new TrendRow(Outlet, Period, $"{Family}:{Choice}", FamilyTotal, Share, low, high);
    }
}
