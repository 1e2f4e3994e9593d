namespace FramingAnalyzer.Statistics;

/// <summary>
/// One row of comparisons.csv: outlet A minus outlet B on a metric, with the bootstrap CI of the difference,
/// the permutation p-value, the adjusted p-value and the effect size (Cliff's delta).
/// </summary>
public sealed record ComparisonRow(string Metric, string OutletA, string OutletB, long NA, long NB, double Diff, Interval DiffCi, double PValue, double PAdjusted, double EffectSize);
