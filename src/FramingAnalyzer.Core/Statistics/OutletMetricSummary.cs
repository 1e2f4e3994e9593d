namespace FramingAnalyzer.Statistics;

/// <summary>One row of outlets.csv: an outlet's summary of one metric (pooled values only for ratio metrics).</summary>
public sealed record OutletMetricSummary(
    string Outlet,
    string Metric,
    long Articles,
    double Mean,
    Interval MeanCi,
    double Median,
    double Pooled,
    Interval PooledCi);
