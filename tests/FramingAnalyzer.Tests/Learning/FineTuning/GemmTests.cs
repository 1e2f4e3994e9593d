using FramingAnalyzer.Learning.FineTuning;
using FramingAnalyzer.Statistics;
using Xunit;

namespace FramingAnalyzer.Tests.Learning.FineTuning;

public class GemmTests
{
    private static float[] Random(int length, int seed)
    {
        var random = SeededRandom.For(seed, "gemm");
        return Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
    }

    private static double[] Naive(float[] a, float[] b, int m, int k, int n)
    {
        var c = new double[m * n];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) for (int p = 0; p < k; p++) c[i * n + j] += (double)a[i * k + p] * b[p * n + j];
        return c;
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(5, 7, 3)]         // smaller than a tile everywhere
    [InlineData(9, 300, 37)]      // rows and columns past whole tiles, k past one block
    [InlineData(64, 384, 48)]
    [InlineData(130, 520, 33)]    // large enough to split rows between threads
    public void Products_agree_with_the_textbook_triple_loop(int m, int k, int n)
    {
        var a = Random(m * k, 1);
        var b = Random(k * n, 2);
        var c = new float[m * n];
        Gemm.Multiply(a, b, c, m, k, n);
        var expected = Naive(a, b, m, k, n);
        for (int i = 0; i < c.Length; i++) Assert.True(Math.Abs(expected[i] - c[i]) < 1e-4 * (1 + Math.Abs(expected[i])), $"c[{i}] = {c[i]}, expected {expected[i]}");
    }

    [Fact]
    public void Transposed_forms_agree_with_the_plain_product()
    {
        int m = 6, k = 19, n = 21;
        var a = Random(m * k, 3);
        var b = Random(k * n, 4);
        var plain = new float[m * n];
        Gemm.Multiply(a, b, plain, m, k, n);
        var byTransposedB = new float[m * n];
        Gemm.MultiplyByTransposed(a, Gemm.Transpose(b, k, n), byTransposedB, m, k, n);
        var byTransposedA = new float[m * n];
        Gemm.MultiplyTransposed(Gemm.Transpose(a, m, k), b, byTransposedA, k, m, n);
        Assert.Equal(plain, byTransposedB);
        Assert.Equal(plain, byTransposedA);
    }

    [Fact]
    public void Accumulating_adds_to_what_is_there()
    {
        var a = Random(4 * 5, 5);
        var b = Random(5 * 16, 6);
        var once = new float[4 * 16];
        Gemm.Multiply(a, b, once, 4, 5, 16);
        var twice = (float[])once.Clone();
        Gemm.Multiply(a, b, twice, 4, 5, 16, accumulate: true);
        for (int i = 0; i < once.Length; i++) Assert.Equal(2 * once[i], twice[i], 5);
    }
}
