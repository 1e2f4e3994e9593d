namespace FramingAnalyzer.Statistics;

/// <summary>
/// One row of story_matched.csv: outlets A and B compared on the stories both covered, as the mean of the per-story
/// differences of their article means, with a bootstrap CI over stories and a sign-flip permutation p-value.
/// </summary>
public sealed record StoryMatchedRow(string Metric, string OutletA, string OutletB, int Stories, double MeanDiff, Interval DiffCi, double PValue, double PAdjusted);
