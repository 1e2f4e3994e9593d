namespace FramingAnalyzer.Charts;

/// <summary>Round axis ends: the smallest 1, 2, 2.5 or 5 × 10^k at or above a value.</summary>
internal static class NiceNumber
{
    private static readonly double[] Steps = [1, 2, 2.5, 5, 10];

    public static double Ceiling(double value)
    {
        if (!(value > 0) || double.IsInfinity(value)) return 1;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (double step in Steps)
        {
            double candidate = step * magnitude;
            if (candidate >= value * (1 - 1e-9)) return candidate;
        }
        return 10 * magnitude;
    }
}
