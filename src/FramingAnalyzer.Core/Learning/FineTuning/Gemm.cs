using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace FramingAnalyzer.Learning.FineTuning;

/// <summary>
/// Row-major matrix products for training: C (+)= A·B with A m×k and B k×n. A register tile of 4 rows × 16 columns
/// (two 256-bit vectors) walks blocks of 256 along k, so B's panel stays in the first-level cache; rows are split
/// between threads for large products. Every element of C is summed in the same order whatever the threads, so the
/// results do not depend on the machine's cores.
/// </summary>
public static class Gemm
{
    private const int BlockK = 256;
    private const int TileRows = 4;
    private const int TileColumns = 16;

    /// <summary>C[m×n] (+)= A[m×k]·B[k×n].</summary>
    public static void Multiply(float[] a, float[] b, float[] c, int m, int k, int n, bool accumulate = false)
    {
        if (!accumulate) Array.Clear(c, 0, m * n);
        long work = (long)m * k * n;
        int blocks = work < 2_000_000 || m < 2 * TileRows ? 1 : Math.Min(Environment.ProcessorCount, (m + TileRows - 1) / TileRows);
        if (blocks == 1)
        {
            Rows(a, b, c, 0, m, k, n);
            return;
        }
        int rowsPerBlock = ((m + blocks - 1) / blocks + TileRows - 1) / TileRows * TileRows;
        Parallel.For(0, blocks, block =>
        {
            int first = block * rowsPerBlock;
            int last = Math.Min(m, first + rowsPerBlock);
            if (first < last) Rows(a, b, c, first, last, k, n);
        });
    }

    /// <summary>C[m×n] (+)= A[m×k]·B[n×k]ᵀ (B given row-major as n×k; transposed once into a scratch copy).</summary>
    public static void MultiplyByTransposed(float[] a, float[] b, float[] c, int m, int k, int n, bool accumulate = false) =>
        Multiply(a, Transpose(b, n, k), c, m, k, n, accumulate);

    /// <summary>C[m×n] (+)= A[k×m]ᵀ·B[k×n] (A given row-major as k×m).</summary>
    public static void MultiplyTransposed(float[] a, float[] b, float[] c, int k, int m, int n, bool accumulate = false) =>
        Multiply(Transpose(a, k, m), b, c, m, k, n, accumulate);

    /// <summary>The transpose of a rows×columns matrix.</summary>
    public static float[] Transpose(float[] x, int rows, int columns)
    {
        var t = new float[rows * columns];
        const int Block = 32;
        for (int r0 = 0; r0 < rows; r0 += Block)
        for (int c0 = 0; c0 < columns; c0 += Block)
        {
            int r1 = Math.Min(rows, r0 + Block), c1 = Math.Min(columns, c0 + Block);
            for (int r = r0; r < r1; r++)
            for (int col = c0; col < c1; col++)
                t[col * rows + r] = x[r * columns + col];
        }
        return t;
    }

    private static void Rows(float[] a, float[] b, float[] c, int firstRow, int lastRow, int k, int n)
    {
        for (int k0 = 0; k0 < k; k0 += BlockK)
        {
            int k1 = Math.Min(k, k0 + BlockK);
            int j = 0;
            for (; j + TileColumns <= n; j += TileColumns)
            {
                int i = firstRow;
                for (; i + TileRows <= lastRow; i += TileRows) Tile4x16(a, b, c, i, j, k0, k1, k, n);
                for (; i < lastRow; i++) Tile1x16(a, b, c, i, j, k0, k1, k, n);
            }
            if (j < n)
            {
                for (int i = firstRow; i < lastRow; i++)
                {
                    for (int p = k0; p < k1; p++)
                    {
                        float s = a[i * k + p];
                        for (int jj = j; jj < n; jj++) c[i * n + jj] += s * b[p * n + jj];
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile4x16(float[] a, float[] b, float[] c, int i, int j, int k0, int k1, int k, int n)
    {
        ref float cr = ref c[0];
        ref float br = ref b[0];
        ref float ar = ref a[0];
        int c0 = i * n + j, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
        var x00 = Vector256.LoadUnsafe(ref cr, (nuint)c0); var x01 = Vector256.LoadUnsafe(ref cr, (nuint)(c0 + 8));
        var x10 = Vector256.LoadUnsafe(ref cr, (nuint)c1); var x11 = Vector256.LoadUnsafe(ref cr, (nuint)(c1 + 8));
        var x20 = Vector256.LoadUnsafe(ref cr, (nuint)c2); var x21 = Vector256.LoadUnsafe(ref cr, (nuint)(c2 + 8));
        var x30 = Vector256.LoadUnsafe(ref cr, (nuint)c3); var x31 = Vector256.LoadUnsafe(ref cr, (nuint)(c3 + 8));
        int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
        for (int p = k0; p < k1; p++)
        {
            nuint bp = (nuint)(p * n + j);
            var b0 = Vector256.LoadUnsafe(ref br, bp);
            var b1 = Vector256.LoadUnsafe(ref br, bp + 8);
            var s0 = Vector256.Create(Unsafe.Add(ref ar, a0 + p));
            var s1 = Vector256.Create(Unsafe.Add(ref ar, a1 + p));
            var s2 = Vector256.Create(Unsafe.Add(ref ar, a2 + p));
            var s3 = Vector256.Create(Unsafe.Add(ref ar, a3 + p));
            x00 = Vector256.FusedMultiplyAdd(s0, b0, x00); x01 = Vector256.FusedMultiplyAdd(s0, b1, x01);
            x10 = Vector256.FusedMultiplyAdd(s1, b0, x10); x11 = Vector256.FusedMultiplyAdd(s1, b1, x11);
            x20 = Vector256.FusedMultiplyAdd(s2, b0, x20); x21 = Vector256.FusedMultiplyAdd(s2, b1, x21);
            x30 = Vector256.FusedMultiplyAdd(s3, b0, x30); x31 = Vector256.FusedMultiplyAdd(s3, b1, x31);
        }
        x00.StoreUnsafe(ref cr, (nuint)c0); x01.StoreUnsafe(ref cr, (nuint)(c0 + 8));
        x10.StoreUnsafe(ref cr, (nuint)c1); x11.StoreUnsafe(ref cr, (nuint)(c1 + 8));
        x20.StoreUnsafe(ref cr, (nuint)c2); x21.StoreUnsafe(ref cr, (nuint)(c2 + 8));
        x30.StoreUnsafe(ref cr, (nuint)c3); x31.StoreUnsafe(ref cr, (nuint)(c3 + 8));
    }

    private static void Tile1x16(float[] a, float[] b, float[] c, int i, int j, int k0, int k1, int k, int n)
    {
        ref float cr = ref c[0];
        ref float br = ref b[0];
        int c0 = i * n + j;
        var x0 = Vector256.LoadUnsafe(ref cr, (nuint)c0);
        var x1 = Vector256.LoadUnsafe(ref cr, (nuint)(c0 + 8));
        for (int p = k0; p < k1; p++)
        {
            var s = Vector256.Create(a[i * k + p]);
            nuint bp = (nuint)(p * n + j);
            x0 = Vector256.FusedMultiplyAdd(s, Vector256.LoadUnsafe(ref br, bp), x0);
            x1 = Vector256.FusedMultiplyAdd(s, Vector256.LoadUnsafe(ref br, bp + 8), x1);
        }
        x0.StoreUnsafe(ref cr, (nuint)c0);
        x1.StoreUnsafe(ref cr, (nuint)(c0 + 8));
    }
}
