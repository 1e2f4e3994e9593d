namespace FramingAnalyzer.Statistics;

/// <summary>
/// Benjamini–Hochberg adjustment (false discovery rate): p_adj(i) = min over j ≥ i of m·p(j)/j, capped at 1, for the
/// p-values sorted ascending. NaN p-values are left out of m and stay NaN.
/// </summary>
public static class MultipleTesting
{
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var adjusted = Enumerable.Repeat(double.NaN, pValues.Count).ToArray();
        var order = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i]))
            .OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        int m = order.Length;
        double running = 1;
        for (int k = m - 1; k >= 0; k--)
        {
            int i = order[k];
            running = Math.Min(running, pValues[i] * m / (k + 1));
            adjusted[i] = Math.Min(1, running);
        }
        return adjusted;
    }

    /// <summary>Holm's step-down adjustment (family-wise error rate), offered for users who prefer it.</summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        var adjusted = Enumerable.Repeat(double.NaN, pValues.Count).ToArray();
        var order = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i]))
            .OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        int m = order.Length;
        double running = 0;
        for (int k = 0; k < m; k++)
        {
            int i = order[k];
            running = Math.Max(running, pValues[i] * (m - k));
            adjusted[i] = Math.Min(1, running);
        }
        return adjusted;
    }
}
