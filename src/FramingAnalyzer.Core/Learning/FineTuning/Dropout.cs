using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// Inverted dropout for training: each value is zeroed with probability <see cref="Rate"/> and the rest scaled by
/// 1/(1 − rate). Seeded per sequence, so a run is the same whatever the threads.
/// </summary>
public sealed class Dropout(double rate, SeededRandom random)
{
    public double Rate { get; } = rate;

    /// <summary>Drops values of <paramref name="x"/> in place and returns the mask (0 or the scale) for the backward pass.</summary>
    public float[] Apply(float[] x)
    {
        var mask = new float[x.Length];
        float keep = (float)(1 / (1 - Rate));
        for (int i = 0; i < x.Length; i++)
        {
            if (random.NextDouble() >= Rate) mask[i] = keep;
            x[i] *= mask[i];
        }
        return mask;
    }
}
