using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Aggregation;

/// <summary>
/// Mergeable per-outlet state of one metric: count and sum of the per-article values with their bootstrap resample sums;
/// for ratio metrics also the pooled totals (Σ numerator / Σ denominator) with theirs.
/// </summary>
public sealed class MetricAccumulator
{
    /// <param name="withMeanResamples">False for metrics only reported pooled (the mix shares): saves their mean resamples.</param>
    public MetricAccumulator(MetricKind kind, int resamples, bool withMeanResamples = true)
    {
        Kind = kind;
        if (withMeanResamples) MeanResamples = new BootstrapSums(resamples);
        if (kind == MetricKind.Ratio) PooledResamples = new BootstrapSums(resamples);
    }

    public MetricKind Kind { get; }
    public long Count { get; private set; }
    internal long ValueSum { get; private set; }
    internal long NumeratorSum { get; private set; }
    internal long DenominatorSum { get; private set; }
    /// <summary>Resample sums of the mean; null for metrics only reported pooled.</summary>
    public BootstrapSums? MeanResamples { get; }
    public BootstrapSums? PooledResamples { get; }

    public double Mean => Count == 0 ? double.NaN : ValueSum / FixedPoint.Scale / Count;
    /// <summary>The exact sum of the per-article values (fixed point).</summary>
    public double Total => ValueSum / FixedPoint.Scale;
    public double Pooled => FixedPoint.Ratio(NumeratorSum, DenominatorSum);

    public void Add(ReadOnlySpan<long> weights, double value, double numerator, double denominator)
    {
        if (!double.IsNaN(value))
        {
            Count++;
            ValueSum += FixedPoint.From(value);
            MeanResamples?.Add(weights, value, 1);
        }
        if (PooledResamples is not null)
        {
            NumeratorSum += FixedPoint.From(numerator);
            DenominatorSum += FixedPoint.From(denominator);
            PooledResamples.Add(weights, numerator, denominator);
        }
    }

    /// <summary>As <see cref="Add(ReadOnlySpan{long}, double, double, double)"/>, with the article's weights kept in a block (see <see cref="BootstrapBlock"/>).</summary>
    public void Add(BootstrapBlock block, int slot, double value, double numerator, double denominator)
    {
        if (!double.IsNaN(value))
        {
            Count++;
            ValueSum += FixedPoint.From(value);
            MeanResamples?.Add(block, slot, value, 1);
        }
        if (PooledResamples is not null)
        {
            NumeratorSum += FixedPoint.From(numerator);
            DenominatorSum += FixedPoint.From(denominator);
            PooledResamples.Add(block, slot, numerator, denominator);
        }
    }

    /// <summary>Brings the resample sums up to date with the block's articles.</summary>
    public void Flush()
    {
        MeanResamples?.Flush();
        PooledResamples?.Flush();
    }

    public void Merge(MetricAccumulator other)
    {
        Count += other.Count;
        ValueSum += other.ValueSum;
        NumeratorSum += other.NumeratorSum;
        DenominatorSum += other.DenominatorSum;
        MeanResamples?.Merge(other.MeanResamples!);
        PooledResamples?.Merge(other.PooledResamples!);
    }

    internal void Restore(long count, long valueSum, long numeratorSum, long denominatorSum)
    {
        Count = count;
        ValueSum = valueSum;
        NumeratorSum = numeratorSum;
        DenominatorSum = denominatorSum;
    }
}
