using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Tests.Stories;

public sealed class ClusteringAgreementTests
{
    [Fact]
    public void Identical_partitions_agree_fully_whatever_the_names()
    {
        var a = ClusteringAgreement.Of(["x", "x", "y", "y", "z"], ["1", "1", "2", "2", "3"]);
        Assert.Equal(1, a.AdjustedRandIndex, 9);
        Assert.Equal(1, a.PairwisePrecision, 9);
        Assert.Equal(1, a.PairwiseRecall, 9);
    }

    [Fact]
    public void Splitting_a_story_costs_recall_and_merging_two_costs_precision()
    {
        // Truth: {0,1,2,3} and {4,5}. Split: {0,1} {2,3} {4,5}: 2 of the 7 true pairs... 4 of 7 pairs found, all correct.
        var split = ClusteringAgreement.Of(["a", "a", "a", "a", "b", "b"], ["1", "1", "2", "2", "3", "3"]);
        Assert.Equal(1, split.PairwisePrecision, 9);
        Assert.Equal(3.0 / 7, split.PairwiseRecall, 9);
        var merged = ClusteringAgreement.Of(["a", "a", "a", "a", "b", "b"], ["1", "1", "1", "1", "1", "1"]);
        Assert.Equal(7.0 / 15, merged.PairwisePrecision, 9);
        Assert.Equal(1, merged.PairwiseRecall, 9);
        Assert.Equal(0, merged.AdjustedRandIndex, 9); // one cluster for everything is chance level
    }

    [Fact]
    public void The_adjusted_rand_index_matches_a_worked_example()
    {
        // Hubert & Arabie's index for truth {0,1,2}{3,4,5} and prediction {0,1}{2,3}{4,5}: pairs together in both = 2,
        // true pairs = 6, predicted pairs = 3, all pairs = 15: (2 - 6·3/15) / ((6 + 3)/2 - 6·3/15) = 0.8 / 3.3.
        var a = ClusteringAgreement.Of(["a", "a", "a", "b", "b", "b"], ["1", "1", "2", "2", "3", "3"]);
        Assert.Equal(0.8 / 3.3, a.AdjustedRandIndex, 9);
    }
}
