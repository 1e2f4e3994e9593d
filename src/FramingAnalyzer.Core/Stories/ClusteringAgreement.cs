namespace FramingAnalyzer.Stories;

/// <summary>
/// How far a clustering agrees with true labels: the adjusted Rand index (1 for identical partitions, about 0 for
/// chance) and pairwise precision and recall (of the pairs put together, the share that belong together; of the pairs
/// that belong together, the share put together).
/// </summary>
public sealed record ClusteringAgreement(double AdjustedRandIndex, double PairwisePrecision, double PairwiseRecall)
{
    public static ClusteringAgreement Of(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("Truth and prediction differ in length.");
        var contingency = new Dictionary<(string, string), long>();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var columns = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < truth.Count; i++)
        {
            contingency[(truth[i], predicted[i])] = contingency.GetValueOrDefault((truth[i], predicted[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            columns[predicted[i]] = columns.GetValueOrDefault(predicted[i]) + 1;
        }
        static double Pairs(long n) => n * (n - 1) / 2.0;
        double together = contingency.Values.Sum(Pairs);
        double truePairs = rows.Values.Sum(Pairs);
        double predictedPairs = columns.Values.Sum(Pairs);
        double all = Pairs(truth.Count);
        double expected = all == 0 ? 0 : truePairs * predictedPairs / all;
        double maximum = (truePairs + predictedPairs) / 2;
        double ari = maximum == expected ? 1 : (together - expected) / (maximum - expected);
        double precision = predictedPairs == 0 ? 1 : together / predictedPairs;
        double recall = truePairs == 0 ? 1 : together / truePairs;
        return new ClusteringAgreement(ari, precision, recall);
    }
}
