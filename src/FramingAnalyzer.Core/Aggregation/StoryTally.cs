namespace FramingAnalyzer.Aggregation;

/// <summary>Per outlet and story: how many articles and the fixed-point sums of each metric, for story-matched comparisons.</summary>
public sealed class StoryTally(int metricCount)
{
    public long[] Counts { get; } = new long[metricCount];
    public long[] Sums { get; } = new long[metricCount];

    public void Add(double[] values)
    {
        for (int m = 0; m < values.Length; m++)
        {
            if (double.IsNaN(values[m])) continue;
            Counts[m]++;
            Sums[m] += FixedPoint.From(values[m]);
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

    public double Mean(int metric) => Counts[metric] == 0 ? double.NaN : Sums[metric] / FixedPoint.Scale / Counts[metric];
}
