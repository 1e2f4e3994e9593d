namespace FramingAnalyzer.Encoders;

/// <summary>
/// Principal component analysis of a set of vectors: the mean, and the eigenvectors of the covariance matrix with the
/// largest eigenvalues (cyclic Jacobi rotations in double precision; each axis signed so that its largest component is
/// positive, so the result is the same on every run).
/// </summary>
public static class PrincipalAxes
{
    /// <returns>The mean (width floats) and <paramref name="components"/> axes of width floats each, row-major.</returns>
    public static (float[] Mean, float[] Axes) Fit(IReadOnlyList<float[]> rows, int components)
    {
        int width = rows[0].Length;
        var mean = new double[width];
        foreach (var row in rows) for (int i = 0; i < width; i++) mean[i] += row[i];
        for (int i = 0; i < width; i++) mean[i] /= rows.Count;
        var covariance = new double[width, width];
        var centred = new double[width];
        foreach (var row in rows)
        {
            for (int i = 0; i < width; i++) centred[i] = row[i] - mean[i];
            for (int i = 0; i < width; i++)
            {
                double ci = centred[i];
                for (int j = i; j < width; j++) covariance[i, j] += ci * centred[j];
            }
        }
        for (int i = 0; i < width; i++)
            for (int j = i; j < width; j++)
            {
                covariance[i, j] /= rows.Count - 1;
                covariance[j, i] = covariance[i, j];
            }
        var (values, vectors) = Eigen(covariance);
        var order = Enumerable.Range(0, width).OrderByDescending(i => values[i]).ThenBy(i => i).Take(components).ToArray();
        var axes = new float[components * width];
        for (int k = 0; k < order.Length; k++)
        {
            int column = order[k];
            int largest = 0;
            for (int i = 1; i < width; i++) if (Math.Abs(vectors[i, column]) > Math.Abs(vectors[largest, column])) largest = i;
            double sign = vectors[largest, column] < 0 ? -1 : 1;
            for (int i = 0; i < width; i++) axes[k * width + i] = (float)(sign * vectors[i, column]);
        }
        return ([.. mean.Select(m => (float)m)], axes);
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix by cyclic Jacobi rotations.</summary>
    internal static (double[] Values, double[,] Vectors) Eigen(double[,] symmetric)
    {
        int n = symmetric.GetLength(0);
        var a = (double[,])symmetric.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++) v[i, i] = 1;
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, diagonal = 0;
            for (int p = 0; p < n; p++)
            {
                diagonal += a[p, p] * a[p, p];
                for (int q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            }
            if (off <= 1e-22 * diagonal) break;
            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    double apq = a[p, q];
                    if (Math.Abs(apq) < 1e-300) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * apq);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkq = v[k, q];
                        v[k, p] = c * vkp - s * vkq;
                        v[k, q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i, i];
        return (values, v);
    }
}
