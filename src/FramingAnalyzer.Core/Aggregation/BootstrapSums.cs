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
        // Each sum on its own pass, and none for a term that is zero (about half of all article values are): integer
        // sums, so the same bits as adding both in one pass, with less memory to read and write.
        long a = FixedPoint.From(numerator), d = FixedPoint.From(denominator);
        if (a != 0) AddWeighted(weights, a, Numerators.AsSpan(0, weights.Length));
        if (d != 0) AddWeighted(weights, d, Denominators.AsSpan(0, weights.Length));
    }

    /// <summary>sums[b] += weights[b] · term for every resample b.</summary>
    private static void AddWeighted(ReadOnlySpan<long> weights, long term, Span<long> sums)
    {
        int b = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var vt = new System.Numerics.Vector<long>(term);
            int width = System.Numerics.Vector<long>.Count;
            for (; b <= weights.Length - width; b += width)
            {
                (new System.Numerics.Vector<long>(sums[b..]) + new System.Numerics.Vector<long>(weights[b..]) * vt).CopyTo(sums[b..]);
            }
        }
        for (; b < weights.Length; b++) sums[b] += weights[b] * term;
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
