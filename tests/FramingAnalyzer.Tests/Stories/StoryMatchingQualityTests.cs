using System.Globalization;
using FramingAnalyzer.Stories;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Stories;

/// <summary>
/// Story matching recovers the written stories: the sample corpus with its story keys removed (ARI ≥ 0.9) and the
/// labelled story corpus, where every event has same-topic look-alikes on nearby days (ARI ≥ 0.8, pairwise precision ≥ 0.9).
/// The figures are printed; docs/stories.md records them.
/// </summary>
public sealed class StoryMatchingQualityTests(ITestOutputHelper output)
{
    private static string Show(string corpus, ClusteringAgreement a) => string.Create(CultureInfo.InvariantCulture,
        $"{corpus}: ARI {a.AdjustedRandIndex:0.000}, pairwise precision {a.PairwisePrecision:0.000}, recall {a.PairwiseRecall:0.000}");

    [Fact]
    public void The_sample_corpus_without_its_story_keys_gets_its_stories_back()
    {
        var agreement = LabelledStories.Agreement(LabelledStories.Sample.Value);
        output.WriteLine(Show("corpora/sample", agreement));
        Assert.True(agreement.AdjustedRandIndex >= 0.9, Show("corpora/sample", agreement));
    }

    [Fact]
    public void The_labelled_story_corpus_is_matched_with_few_false_pairs()
    {
        var agreement = LabelledStories.Agreement(LabelledStories.Labelled.Value);
        output.WriteLine(Show("corpora/stories", agreement));
        Assert.True(agreement.AdjustedRandIndex >= 0.8, Show("corpora/stories", agreement));
        Assert.True(agreement.PairwisePrecision >= 0.9, Show("corpora/stories", agreement));
    }

    /// <summary>
    /// Centroid linkage, the shipped method, matches at least as well as single linkage, each at its best threshold, on
    /// both corpora together (measured: a tie, 0.986 each; docs/stories.md).
    /// </summary>
    [Fact]
    public void Centroid_linkage_matches_at_least_as_well_as_single_linkage()
    {
        double Best(StoryLinkage linkage) => new[] { 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35, 0.4 }.Max(threshold =>
        {
            var options = new StoryMatchingOptions { Linkage = linkage, Threshold = threshold };
            var sample = LabelledStories.Agreement(LabelledStories.Sample.Value, options);
            var labelled = LabelledStories.Agreement(LabelledStories.Labelled.Value, options);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{linkage} threshold {threshold:0.000}: {Show("sample", sample)} | {Show("stories", labelled)}"));
            return (sample.AdjustedRandIndex + labelled.AdjustedRandIndex) / 2;
        });
        double centroid = Best(StoryLinkage.Centroid), single = Best(StoryLinkage.Single);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best mean ARI: centroid {centroid:0.000}, single {single:0.000}"));
        Assert.True(centroid >= single, $"centroid {centroid:0.000} against single {single:0.000}");
    }

    /// <summary>
    /// The shipped threshold and weight are the measured best (within 0.02 of the best mean ARI over both corpora on
    /// this grid), so a change to the matcher that moves the best setting shows up here.
    /// </summary>
    [Fact]
    public void The_default_threshold_and_weight_are_the_measured_best()
    {
        var defaults = new StoryMatchingOptions();
        double Mean(StoryMatchingOptions o) =>
            (LabelledStories.Agreement(LabelledStories.Sample.Value, o).AdjustedRandIndex + LabelledStories.Agreement(LabelledStories.Labelled.Value, o).AdjustedRandIndex) / 2;
        double best = double.NegativeInfinity;
        foreach (var weight in new[] { 0.0, 0.15, 0.3, 0.45, 0.6 })
        {
            foreach (var threshold in new[] { 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3 })
            {
                var options = defaults with { VectorWeight = weight, Threshold = threshold };
                var sample = LabelledStories.Agreement(LabelledStories.Sample.Value, options);
                var labelled = LabelledStories.Agreement(LabelledStories.Labelled.Value, options);
                double mean = (sample.AdjustedRandIndex + labelled.AdjustedRandIndex) / 2;
                best = Math.Max(best, mean);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"weight {weight:0.00} threshold {threshold:0.00}: mean ARI {mean:0.000} | {Show("sample", sample)} | {Show("stories", labelled)}"));
            }
        }
        double chosen = Mean(defaults);
        Assert.True(chosen >= best - 0.02, $"defaults give mean ARI {chosen:0.000}, the grid's best is {best:0.000}");
    }
}
