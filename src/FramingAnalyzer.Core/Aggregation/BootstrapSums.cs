namespace FramingAnalyzer.Aggregation;

/// <summary>
/// For each bootstrap resample b: the weighted sums Σ w_b·a and Σ w_b·d, in fixed point. The resample's statistic is
/// their ratio: a mean when d = 1, a pooled ratio when a and d are numerator and denominator counts.
/// </summary>
public sealed class BootstrapSums
{
    public BootstrapSums(int resamples)
    {
        Numerators = new long[resamples];
        Denominators = new long[resamples];
    }

    internal long[] Numerators { get; }
    internal long[] Denominators { get; }
    public int Resamples => Numerators.Length;

    public void Add(ReadOnlySpan<byte> weights, double numerator, double denominator)
    {
        long a = FixedPoint.From(numerator), d = FixedPoint.From(denominator);
        var nums = Numerators;
        var dens = Denominators;
        for (int b = 0; b < weights.Length; b++)
        {
            int w = weights[b];
            if (w == 0) continue;
            nums[b] += w * a;
            dens[b] += w * d;
        }
    }

    public void Merge(BootstrapSums other)
    {
        for (int b = 0; b < Numerators.Length; b++)
        {
            Numerators[b] += other.Numerators[b];
            Denominators[b] += other.Denominators[b];
        }
    }

    /// <summary>Resample b's statistic, NaN when its denominator is zero.</summary>
    public double Statistic(int b) => Denominators[b] == 0 ? double.NaN : (double)Numerators[b] / Denominators[b];

    /// <summary>The statistic of every resample with a non-empty denominator, sorted.</summary>
    public double[] SortedStatistics()
    {
        var stats = new List<double>(Numerators.Length);
        for (int b = 0; b < Numerators.Length; b++)
        {
            if (Denominators[b] != 0) stats.Add((double)Numerators[b] / Denominators[b]);
        }
        var array = stats.ToArray();
        Array.Sort(array);
        return array;
    }
}
