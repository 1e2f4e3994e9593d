using System.Numerics.Tensors;

namespace FramingAnalyzer.Stories;

/// <summary>
/// How alike two headline-and-lede texts (or two clusters' centroids) are: a weighted mean of the cosine of the
/// encoder's vectors (what the texts mean, in other words too) and the cosine of their TF-IDF term weights (the names,
/// places and numbers that single out one event among others on the same topic).
/// </summary>
internal static class StorySimilarity
{
    public static double Combine(double vectorCosine, double termCosine, double vectorWeight) =>
        vectorWeight * vectorCosine + (1 - vectorWeight) * termCosine;

    public static double VectorCosine(float[] a, float[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        return TensorPrimitives.CosineSimilarity(a, b) is var c && float.IsFinite(c) ? c : 0;
    }

    /// <summary>Dot product of two sparse vectors sorted by term (both unit length: their cosine).</summary>
    public static double SparseDot(int[] termsA, float[] weightsA, int[] termsB, float[] weightsB)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < termsA.Length && j < termsB.Length)
        {
            if (termsA[i] == termsB[j]) dot += weightsA[i++] * weightsB[j++];
            else if (termsA[i] < termsB[j]) i++;
            else j++;
        }
        return dot;
    }
}
