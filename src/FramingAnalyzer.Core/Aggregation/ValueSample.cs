using System.Runtime.InteropServices;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// The per-article values of one metric for one outlet, in memory that does not grow with the corpus: every value while
/// there are at most <see cref="ExactLimit"/>, beyond that a log-linear histogram whose bins are 1/128 of a power of two
/// wide (0.8% of the value) and remember their smallest and largest value, so a bin holding one distinct value (counts,
/// small-denominator shares) stays exact. Count, Σx and Σx² are kept exactly (fixed point) in both modes. Merging is
/// exact and order-independent: the state depends only on the multiset of values added.
/// </summary>
public sealed class ValueSample
{
    public const int ExactLimit = 1024;

    private List<float>? _values = [];
    private Dictionary<int, ValueBin>? _bins;

    /// <summary>How many (non-missing) values were added.</summary>
    public long Count { get; private set; }
    /// <summary>Σx in fixed point (see <see cref="FixedPoint"/>).</summary>
    internal long Sum { get; private set; }
    /// <summary>Σx² in fixed point squared.</summary>
    internal Int128 SumOfSquares { get; private set; }
    /// <summary>True while every value is kept.</summary>
    public bool IsExact => _values is not null;

    public void Add(float value)
    {
        if (float.IsNaN(value)) return;
        if (value == 0) value = 0; // −0 and +0 are one value
        Count++;
        long x = FixedPoint.From(value);
        Sum += x;
        SumOfSquares += (Int128)x * x;
        if (_values is not null)
        {
            _values.Add(value);
            if (_values.Count > ExactLimit) SwitchToBins();
        }
        else
        {
            AddToBin(_bins!, value, 1, value, value);
        }
    }

    public void Merge(ValueSample other)
    {
        Count += other.Count;
        Sum += other.Sum;
        SumOfSquares += other.SumOfSquares;
        if (_values is not null && other._values is not null && _values.Count + other._values.Count <= ExactLimit)
        {
            _values.AddRange(other._values);
            return;
        }
        if (_values is not null) SwitchToBins();
        foreach (var bin in other.Bins()) AddToBin(_bins!, bin.Min, bin.Count, bin.Min, bin.Max);
    }

    /// <summary>The kept values in ascending order; only while <see cref="IsExact"/>.</summary>
    public double[] SortedValues()
    {
        if (_values is null) throw new InvalidOperationException("The sample keeps bins, not values, beyond " + ExactLimit + " values.");
        var sorted = new double[_values.Count];
        for (int i = 0; i < sorted.Length; i++) sorted[i] = _values[i];
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The histogram in ascending order of value (built from the values while exact).</summary>
    public ValueBin[] Bins()
    {
        if (_values is null) return _bins!.OrderBy(b => b.Key).Select(b => b.Value).ToArray();
        var bins = new Dictionary<int, ValueBin>();
        foreach (var v in _values) AddToBin(bins, v, 1, v, v);
        return bins.OrderBy(b => b.Key).Select(b => b.Value).ToArray();
    }

    /// <summary>
    /// The median (linear interpolation between order statistics, as <see cref="Numerics.Quantile"/>); from bins, an
    /// order statistic inside a bin of several distinct values is interpolated between the bin's smallest and largest.
    /// </summary>
    public double Median()
    {
        if (Count == 0) return double.NaN;
        if (_values is not null) return Numerics.Quantile.OfSorted(SortedValues(), 0.5);
        var bins = Bins();
        double h = (Count - 1) * 0.5;
        long lo = (long)Math.Floor(h);
        long hi = Math.Min(lo + 1, Count - 1);
        double low = OrderStatistic(bins, lo);
        return low + (h - lo) * (OrderStatistic(bins, hi) - low);
    }

    private static double OrderStatistic(ValueBin[] bins, long rank)
    {
        long start = 0;
        foreach (var bin in bins)
        {
            if (rank < start + bin.Count)
            {
                if (bin.Min == bin.Max) return bin.Min;
                return bin.Min + (double)(bin.Max - bin.Min) * (rank - start) / (bin.Count - 1);
            }
            start += bin.Count;
        }
        return bins[^1].Max;
    }

    /// <summary>The bin of a value: its 16 highest bits (sign, exponent, 7 mantissa bits) as an order-preserving integer.</summary>
    public static int BinOf(float value)
    {
        int bits = BitConverter.SingleToInt32Bits(value == 0 ? 0f : value);
        int ordered = bits >= 0 ? bits : -(bits & int.MaxValue);
        return ordered >> 16;
    }

    private void SwitchToBins()
    {
        _bins = [];
        foreach (var v in _values!) AddToBin(_bins, v, 1, v, v);
        _values = null;
    }

    private static void AddToBin(Dictionary<int, ValueBin> bins, float value, long count, float min, float max)
    {
        ref var bin = ref CollectionsMarshal.GetValueRefOrAddDefault(bins, BinOf(value), out bool exists);
        bin = exists ? new ValueBin(bin.Count + count, Math.Min(bin.Min, min), Math.Max(bin.Max, max)) : new ValueBin(count, min, max);
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(Count);
        w.Write(Sum);
        w.Write((ulong)(SumOfSquares >> 64));
        w.Write((ulong)SumOfSquares);
        w.Write(IsExact);
        if (_values is not null)
        {
            var sorted = SortedValues();
            w.Write(sorted.Length);
            foreach (var v in sorted) w.Write((float)v);
        }
        else
        {
            var bins = Bins();
            w.Write(bins.Length);
            foreach (var bin in bins)
            {
                w.Write(bin.Count);
                w.Write(bin.Min);
                w.Write(bin.Max);
            }
        }
    }

    internal static ValueSample Read(BinaryReader r)
    {
        var sample = new ValueSample { Count = r.ReadInt64(), Sum = r.ReadInt64() };
        ulong high = r.ReadUInt64(), low = r.ReadUInt64();
        sample.SumOfSquares = new Int128(high, low);
        bool exact = r.ReadBoolean();
        int n = r.ReadInt32();
        if (exact)
        {
            for (int i = 0; i < n; i++) sample._values!.Add(r.ReadSingle());
        }
        else
        {
            sample._values = null;
            sample._bins = [];
            for (int i = 0; i < n; i++)
            {
                long count = r.ReadInt64();
                float min = r.ReadSingle(), max = r.ReadSingle();
                AddToBin(sample._bins, min, count, min, max);
            }
        }
        return sample;
    }
}

/// <summary>One histogram bin: how many values, and the smallest and largest of them.</summary>
public readonly record struct ValueBin(long Count, float Min, float Max);
