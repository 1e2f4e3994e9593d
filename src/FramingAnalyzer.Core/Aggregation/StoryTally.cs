namespace FramingAnalyzer.Aggregation;

/// <summary>
/// Per outlet and story: how many articles and the fixed-point sums of each articles-table metric (indexed like
/// <see cref="Aggregator.PointMetrics"/>), for story-matched comparisons.
/// </summary>
public sealed class StoryTally(int metricCount)
{
    public long[] Counts { get; } = new long[metricCount];
    public long[] Sums { get; } = new long[metricCount];

    /// <param name="values">All of the article's metric values.</param>
    /// <param name="metrics">Which of them this tally keeps (schema indexes), in order.</param>
    public void Add(double[] values, int[] metrics)
    {
        for (int p = 0; p < metrics.Length; p++)
        {
            double value = values[metrics[p]];
            if (double.IsNaN(value)) continue;
            Counts[p]++;
            Sums[p] += FixedPoint.From(value);
        }
    }

    public void Merge(StoryTally other)
    {
        for (int m = 0; m < Counts.Length; m++)
        {
            Counts[m] += other.Counts[m];
            Sums[m] += other.Sums[m];
        }
    }

    /// <summary>The mean of a kept metric, by its position in <see cref="Aggregator.PointMetrics"/>.</summary>
    public double Mean(int metric) => Counts[metric] == 0 ? double.NaN : Sums[metric] / FixedPoint.Scale / Counts[metric];
}
