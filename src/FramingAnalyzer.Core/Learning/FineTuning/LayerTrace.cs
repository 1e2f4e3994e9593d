namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>What one forward pass of a <see cref="TransformerLayer"/> keeps for its backward pass; <see cref="Output"/> is the layer's result.</summary>
public sealed class LayerTrace
{
    private const int Width = TransformerLayer.Width;

    public LayerTrace(float[] input, int[] lengths)
    {
        Input = input;
        Lengths = lengths;
        Starts = new int[lengths.Length];
        ProbabilityStarts = new int[lengths.Length];
        int probabilities = 0;
        for (int s = 0; s < lengths.Length; s++)
        {
            Starts[s] = Tokens;
            ProbabilityStarts[s] = probabilities;
            Tokens += lengths[s];
            probabilities += TransformerLayer.Heads * lengths[s] * lengths[s];
        }
        if (input.Length != Tokens * Width) throw new ArgumentException($"{input.Length} values for {Tokens} tokens of {Width}.");
        Query = new float[Tokens * Width]; Key = new float[Tokens * Width]; Value = new float[Tokens * Width];
        Probabilities = new float[probabilities];
        Context = new float[Tokens * Width]; Hidden = new float[Tokens * Width]; Normalised1 = new float[Tokens * Width];
        InverseDeviation1 = new float[Tokens];
        Inner = new float[Tokens * TransformerLayer.Inner]; InnerInput = new float[Tokens * TransformerLayer.Inner];
        Normalised2 = new float[Tokens * Width]; InverseDeviation2 = new float[Tokens]; Output = new float[Tokens * Width];
    }

    /// <summary>All sequences' tokens together.</summary>
    public int Tokens { get; }
    /// <summary>Each sequence's token count, where its rows start, and where its attention weights start.</summary>
    public int[] Lengths { get; }
    public int[] Starts { get; }
    public int[] ProbabilityStarts { get; }
    public float[] Input { get; }
    public float[] Query { get; }
    public float[] Key { get; }
    public float[] Value { get; }
    /// <summary>Attention weights, sequence by sequence and head by head: heads × tokens × tokens each.</summary>
    public float[] Probabilities { get; }
    public float[] Context { get; }
    public float[]? AttentionDrop { get; set; }
    public float[] Hidden { get; }
    public float[] Normalised1 { get; }
    public float[] InverseDeviation1 { get; }
    /// <summary>The feed-forward's GELU output, and <see cref="InnerInput"/> what went into the GELU.</summary>
    public float[] Inner { get; }
    public float[] InnerInput { get; }
    public float[]? FeedForwardDrop { get; set; }
    public float[] Normalised2 { get; }
    public float[] InverseDeviation2 { get; }
    public float[] Output { get; }
}
