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

    /// <param name="weights">The article's Poisson weight in each resample (see <see cref="PoissonWeights"/>), widened to 64 bits.</param>
    public void Add(ReadOnlySpan<long> weights, double numerator, double denominator)
    {
        long a = FixedPoint.From(numerator), d = FixedPoint.From(denominator);
        if (a == 0 && d == 0) return; // adds nothing
        var nums = Numerators.AsSpan(0, weights.Length);
        var dens = Denominators.AsSpan(0, weights.Length);
        int b = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var va = new System.Numerics.Vector<long>(a);
            var vd = new System.Numerics.Vector<long>(d);
            int width = System.Numerics.Vector<long>.Count;
            for (; b <= weights.Length - width; b += width)
            {
                var w = new System.Numerics.Vector<long>(weights[b..]);
                (new System.Numerics.Vector<long>(nums[b..]) + w * va).CopyTo(nums[b..]);
                (new System.Numerics.Vector<long>(dens[b..]) + w * vd).CopyTo(dens[b..]);
            }
        }
        for (; b < weights.Length; b++)
        {
            nums[b] += weights[b] * a;
            dens[b] += weights[b] * d;
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
