namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>What one forward pass of a <see cref="TransformerLayer"/> keeps for its backward pass; <see cref="Output"/> is the layer's result.</summary>
public sealed class LayerTrace(float[] input, int tokens)
{
    private const int Width = TransformerLayer.Width;

    public int Tokens { get; } = tokens;
    public float[] Input { get; } = input;
    public float[] Query { get; } = new float[tokens * Width];
    public float[] Key { get; } = new float[tokens * Width];
    public float[] Value { get; } = new float[tokens * Width];
    /// <summary>Attention weights, head by head: heads × tokens × tokens.</summary>
    public float[] Probabilities { get; } = new float[TransformerLayer.Heads * tokens * tokens];
    public float[] Context { get; } = new float[tokens * Width];
    public float[]? AttentionDrop { get; set; }
    public float[] Hidden { get; } = new float[tokens * Width];
    public float[] Normalised1 { get; } = new float[tokens * Width];
    public float[] InverseDeviation1 { get; } = new float[tokens];
    /// <summary>The feed-forward's GELU output, and <see cref="InnerInput"/> what went into the GELU.</summary>
    public float[] Inner { get; } = new float[tokens * TransformerLayer.Inner];
    public float[] InnerInput { get; } = new float[tokens * TransformerLayer.Inner];
    public float[]? FeedForwardDrop { get; set; }
    public float[] Normalised2 { get; } = new float[tokens * Width];
    public float[] InverseDeviation2 { get; } = new float[tokens];
    public float[] Output { get; } = new float[tokens * Width];
}
