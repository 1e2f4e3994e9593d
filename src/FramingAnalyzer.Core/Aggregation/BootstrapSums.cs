namespace FramingAnalyzer.Aggregation;

/// <summary>
/// For each bootstrap resample b: the weighted sums Σ w_b·a and Σ w_b·d, in fixed point. The resample's statistic is
/// their ratio: a mean when d = 1, a pooled ratio when a and d are numerator and denominator counts.
/// </summary>
public sealed class BootstrapSums
{
    private readonly long[] _numerators, _denominators;
    // Terms added with a block and not yet in the sums (see Add(BootstrapBlock, ...)).
    private readonly List<(int Slot, long Term)> _pendingNumerators = [], _pendingDenominators = [];
    private BootstrapBlock? _block;

    public BootstrapSums(int resamples)
    {
        _numerators = new long[resamples];
        _denominators = new long[resamples];
    }

    internal long[] Numerators
    {
        get
        {
            Flush();
            return _numerators;
        }
    }

    internal long[] Denominators
    {
        get
        {
            Flush();
            return _denominators;
        }
    }

    public int Resamples => _numerators.Length;

    /// <summary>
    /// Adds an article whose weights are in <paramref name="block"/> at <paramref name="slot"/>; the sums are brought up
    /// to date when the block is flushed (<see cref="Flush"/>) or when they are read. The block must not be cleared
    /// before this sum is flushed.
    /// </summary>
    public void Add(BootstrapBlock block, int slot, double numerator, double denominator)
    {
        if (_block is not null && !ReferenceEquals(_block, block)) Flush();
        _block = block;
        long a = FixedPoint.From(numerator), d = FixedPoint.From(denominator);
        if (a != 0) _pendingNumerators.Add((slot, a));
        if (d != 0) _pendingDenominators.Add((slot, d));
    }

    /// <summary>Adds the pending terms of the block's articles to the sums.</summary>
    public void Flush()
    {
        if (_block is null) return;
        AddBlock(_block, _pendingNumerators, _numerators);
        AddBlock(_block, _pendingDenominators, _denominators);
        _pendingNumerators.Clear();
        _pendingDenominators.Clear();
        _block = null;
    }

    /// <summary>sums[b] += Σ weights[slot, b] · term over the pending terms, a tile of resamples at a time in registers.</summary>
    private static void AddBlock(BootstrapBlock block, List<(int Slot, long Term)> pending, long[] sums)
    {
        if (pending.Count == 0) return;
        var terms = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pending);
        var weights = block.Weights;
        int resamples = sums.Length, b = 0;
        if (System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
        {
            const int tile = 16; // one Vector512<int> of weights, two Vector512<long> of sums
            for (; b <= resamples - tile; b += tile)
            {
                var low = System.Runtime.Intrinsics.Vector512.Create<long>(sums.AsSpan(b, 8));
                var high = System.Runtime.Intrinsics.Vector512.Create<long>(sums.AsSpan(b + 8, 8));
                foreach (var (slot, term) in terms)
                {
                    var (wLow, wHigh) = System.Runtime.Intrinsics.Vector512.Widen(System.Runtime.Intrinsics.Vector512.Create<int>(weights.AsSpan(slot * resamples + b, tile)));
                    var t = System.Runtime.Intrinsics.Vector512.Create(term);
                    low += wLow * t;
                    high += wHigh * t;
                }
                System.Runtime.Intrinsics.Vector512.CopyTo(low, sums.AsSpan(b, 8));
                System.Runtime.Intrinsics.Vector512.CopyTo(high, sums.AsSpan(b + 8, 8));
            }
        }
        else if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            int lanes = System.Numerics.Vector<long>.Count, tile = System.Numerics.Vector<int>.Count;
            for (; b <= resamples - tile; b += tile)
            {
                var low = new System.Numerics.Vector<long>(sums, b);
                var high = new System.Numerics.Vector<long>(sums, b + lanes);
                foreach (var (slot, term) in terms)
                {
                    System.Numerics.Vector.Widen(new System.Numerics.Vector<int>(weights, slot * resamples + b), out var wLow, out var wHigh);
                    var t = new System.Numerics.Vector<long>(term);
                    low += wLow * t;
                    high += wHigh * t;
                }
                low.CopyTo(sums, b);
                high.CopyTo(sums, b + lanes);
            }
        }
        for (; b < resamples; b++)
        {
            long sum = sums[b];
            foreach (var (slot, term) in terms) sum += weights[slot * resamples + b] * term;
            sums[b] = sum;
        }
    }

    /// <param name="weights">The article's Poisson weight in each resample (see <see cref="PoissonWeights"/>), widened to 64 bits.</param>
    public void Add(ReadOnlySpan<long> weights, double numerator, double denominator)
    {
        // Each sum on its own pass, and none for a term that is zero (about half of all article values are): integer
        // sums, so the same bits as adding both in one pass, with less memory to read and write.
        long a = FixedPoint.From(numerator), d = FixedPoint.From(denominator);
        if (a != 0) AddWeighted(weights, a, _numerators.AsSpan(0, weights.Length));
        if (d != 0) AddWeighted(weights, d, _denominators.AsSpan(0, weights.Length));
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
        Flush();
        other.Flush();
        for (int b = 0; b < Numerators.Length; b++)
        {
            _numerators[b] += other._numerators[b];
            _denominators[b] += other._denominators[b];
        }
    }

    /// <summary>Resample b's statistic, NaN when its denominator is zero.</summary>
    public double Statistic(int b)
    {
        Flush();
        return _denominators[b] == 0 ? double.NaN : (double)_numerators[b] / _denominators[b];
    }

    /// <summary>The statistic of every resample with a non-empty denominator, sorted.</summary>
    public double[] SortedStatistics()
    {
        Flush();
        var stats = new List<double>(_numerators.Length);
        for (int b = 0; b < _numerators.Length; b++)
        {
            if (_denominators[b] != 0) stats.Add((double)_numerators[b] / _denominators[b]);
        }
        var array = stats.ToArray();
        Array.Sort(array);
        return array;
    }
}
