namespace FramingAnalyzer.Encoders;

/// <summary>
/// A named array of 32-bit floats with its shape; <see cref="Data"/> is row-major (the last dimension varies fastest) and
/// holds the product of <see cref="Shape"/> values. Used for model weights.
/// </summary>
public sealed record FloatTensor(string Name, int[] Shape, float[] Data)
{
    /// <summary>The number of values the shape calls for (1 for a scalar).</summary>
    public int ElementCount => Shape.Aggregate(1, (product, dimension) => product * dimension);

    /// <summary>The value at row <paramref name="row"/>, column <paramref name="column"/> of a two-dimensional tensor.</summary>
    public float this[int row, int column] => Shape.Length == 2
        ? Data[row * Shape[1] + column]
        : throw new InvalidOperationException($"{Name} has {Shape.Length} dimensions, not 2.");

    public override string ToString() => $"{Name} [{string.Join(",", Shape)}]";
}
