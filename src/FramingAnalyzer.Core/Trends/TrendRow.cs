namespace FramingAnalyzer.Trends;

/// <summary>One row of trends.csv: an outlet's mean of a headline metric over the articles of one period, with its 95% bootstrap interval.</summary>
public sealed record TrendRow(string Outlet, string Period, string Metric, long Articles, double Mean, double CiLow, double CiHigh);
