namespace FramingAnalyzer.Aggregation;

/// <summary>
/// Sums in fixed point (2^-20 resolution) so that accumulation is exactly associative: partial states merged in any
/// order give the same bits as one pass over everything (what makes sharded runs identical to a single run).
/// </summary>
internal static class FixedPoint
{
    public const double Scale = 1 << 20;

    public static long From(double value) => (long)Math.Round(value * Scale, MidpointRounding.ToEven);

    public static double Ratio(long numerator, long denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
