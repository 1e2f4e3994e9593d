namespace FramingAnalyzer.Charts;

/// <summary>Which outlets.csv statistic a metric chart shows.</summary>
public enum SummaryStatistic
{
    /// <summary>The mean of the per-article values, with its bootstrap interval (ci_low, ci_high).</summary>
    Mean,

    /// <summary>The pooled ratio over all articles (ratio metrics only), with its bootstrap interval (pooled_ci_low, pooled_ci_high).</summary>
    Pooled,
}
