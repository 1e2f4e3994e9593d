namespace FramingAnalyzer.Aggregation;

/// <summary>
/// The Poisson weights of one outlet's most recent articles (at most <see cref="Capacity"/>), so that each metric's
/// resample sums are updated once per block rather than once per article (<see cref="BootstrapSums.Add(BootstrapBlock, int, double, double)"/>).
/// An article's terms then add into registers across the block and each sum is read and written once, where adding
/// article by article read and wrote every metric's 1,000 sums per article: memory traffic, not arithmetic, was the
/// cost. The sums are integers, so the order of the additions does not change them.
/// </summary>
public sealed class BootstrapBlock
{
    public const int Capacity = 16;

    public BootstrapBlock(int resamples)
    {
        Resamples = resamples;
        Weights = new int[Capacity * resamples];
    }

    public int Resamples { get; }
    public int Count { get; private set; }
    public bool IsFull => Count == Capacity;

    /// <summary>Row-major: article slot × resample.</summary>
    internal int[] Weights { get; }

    /// <summary>Keeps an article's weights; returns its slot.</summary>
    public int Add(ReadOnlySpan<byte> weights)
    {
        if (IsFull) throw new InvalidOperationException("The block is full: flush the sums and clear it first.");
        if (weights.Length != Resamples) throw new ArgumentException($"Expected {Resamples} weights, got {weights.Length}.", nameof(weights));
        var row = Weights.AsSpan(Count * Resamples, Resamples);
        for (int b = 0; b < row.Length; b++) row[b] = weights[b];
        return Count++;
    }

    /// <summary>Forgets the articles (every sum that refers to them must have been flushed).</summary>
    public void Clear() => Count = 0;
}
