using System.Numerics.Tensors;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// The element-wise and row-wise operations a transformer layer needs forwards and backwards (bias, layer norm, GELU),
/// on row-major float arrays; the matrix products are <see cref="Gemm"/>'s. Every loop runs along contiguous rows, so
/// the SIMD primitives do the work, in a fixed order.
/// </summary>
public static class DenseOps
{
    /// <summary>Adds the bias to every row of x[rows×width].</summary>
    public static void AddBias(Span<float> x, ReadOnlySpan<float> bias, int rows)
    {
        int width = bias.Length;
        for (int r = 0; r < rows; r++) TensorPrimitives.Add(x.Slice(r * width, width), bias, x.Slice(r * width, width));
    }

    /// <summary>Adds the rows of dy[rows×width] into the bias gradient.</summary>
    public static void AccumulateRows(ReadOnlySpan<float> dy, Span<float> biasGradient, int rows)
    {
        int width = biasGradient.Length;
        for (int r = 0; r < rows; r++) TensorPrimitives.Add(biasGradient, dy.Slice(r * width, width), biasGradient);
    }

    /// <summary>
    /// Layer normalisation of each row (epsilon 1e-12, as BERT's): y = γ·x̂ + β. Keeps x̂ and 1/σ per row for the
    /// backward pass.
    /// </summary>
    public static void LayerNorm(ReadOnlySpan<float> x, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta, Span<float> y, Span<float> normalised, Span<float> inverseDeviation, int rows)
    {
        int width = gamma.Length;
        for (int r = 0; r < rows; r++)
        {
            var row = x.Slice(r * width, width);
            var hat = normalised.Slice(r * width, width);
            float mean = TensorPrimitives.Sum(row) / width;
            TensorPrimitives.Subtract(row, mean, hat);
            float variance = TensorPrimitives.Dot(hat, hat) / width;
            float inverse = 1f / MathF.Sqrt(variance + 1e-12f);
            TensorPrimitives.Multiply(hat, inverse, hat);
            inverseDeviation[r] = inverse;
            var output = y.Slice(r * width, width);
            TensorPrimitives.Multiply(hat, gamma, output);
            TensorPrimitives.Add(output, beta, output);
        }
    }

    /// <summary>The gradient of <see cref="LayerNorm"/>: accumulates dγ and dβ and writes dx (scratch: one row).</summary>
    public static void LayerNormBackward(ReadOnlySpan<float> dy, ReadOnlySpan<float> normalised, ReadOnlySpan<float> inverseDeviation, ReadOnlySpan<float> gamma,
        Span<float> dGamma, Span<float> dBeta, Span<float> dx, Span<float> scratch, int rows)
    {
        int width = gamma.Length;
        var dHat = scratch[..width];
        for (int r = 0; r < rows; r++)
        {
            var g = dy.Slice(r * width, width);
            var hat = normalised.Slice(r * width, width);
            TensorPrimitives.MultiplyAdd(g, hat, dGamma, dGamma);
            TensorPrimitives.Add(dBeta, g, dBeta);
            TensorPrimitives.Multiply(g, gamma, dHat);
            float meanGradient = TensorPrimitives.Sum(dHat) / width;
            float meanProjection = TensorPrimitives.Dot(dHat, hat) / width;
            var output = dx.Slice(r * width, width);
            // dx = (dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) / σ
            TensorPrimitives.Multiply(hat, -meanProjection, output);
            TensorPrimitives.Add(output, dHat, output);
            TensorPrimitives.Add(output, -meanGradient, output);
            TensorPrimitives.Multiply(output, inverseDeviation[r], output);
        }
    }

    /// <summary>GELU as BERT has it (the exact form, with the error function), in place; keeps the input for the backward pass.</summary>
    public static void Gelu(Span<float> x, Span<float> input)
    {
        x.CopyTo(input);
        for (int i = 0; i < x.Length; i++)
        {
            float z = x[i];
            x[i] = 0.5f * z * (1f + Erf(z * 0.70710678f));
        }
    }

    /// <summary>Multiplies dy by GELU's derivative at the kept input, in place.</summary>
    public static void GeluBackward(Span<float> dy, ReadOnlySpan<float> input)
    {
        for (int i = 0; i < dy.Length; i++)
        {
            float z = input[i];
            float cdf = 0.5f * (1f + Erf(z * 0.70710678f));
            float pdf = 0.39894228f * MathF.Exp(-0.5f * z * z);
            dy[i] *= cdf + z * pdf;
        }
    }

    /// <summary>
    /// The error function, through the Chebyshev-fitted complementary error function of Press et al. (Numerical
    /// Recipes, fractional error below 1.2e-7): ample for float GELU.
    /// </summary>
    public static float Erf(float value)
    {
        double x = value;
        double t = 1.0 / (1.0 + 0.5 * Math.Abs(x));
        double y = t * Math.Exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return (float)(x >= 0 ? 1.0 - y : y - 1.0);
    }
}
