using System.Globalization;
using FramingAnalyzer.Aggregation;

namespace FramingAnalyzer.Pipeline;

/// <summary>
/// Shard K of N (K from 0 to N−1, like a Kubernetes completion index or a 0-based Slurm array): owns the articles
/// whose stable id hashes to K modulo N, and the skipped inputs whose origin does. Every record belongs to exactly one shard.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public bool Owns(string key) => (int)(PoissonWeights.Hash(key) % (ulong)Count) == Index;

    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || k >= n)
        {
            throw new FormatException($"--shard '{text}': expected K/N with 0 ≤ K < N, e.g. 0/4.");
        }
        return new ShardSpec(k, n);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
