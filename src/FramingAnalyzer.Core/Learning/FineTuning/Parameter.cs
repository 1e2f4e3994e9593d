namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>One trainable tensor: its values, the gradient accumulated since the last step, and AdamW's two moments.</summary>
public sealed class Parameter(string name, int[] shape, float[] values)
{
    public string Name { get; } = name;
    public int[] Shape { get; } = shape;
    public float[] Values { get; } = values;
    public float[] Gradient { get; } = new float[values.Length];
    internal float[] FirstMoment { get; } = new float[values.Length];
    internal float[] SecondMoment { get; } = new float[values.Length];

    public int Length => Values.Length;
}
