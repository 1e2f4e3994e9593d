namespace FramingAnalyzer.Analysis;

/// <summary>
/// A metric's place among its analyzer's metrics, handed out by <see cref="MetricList.Add"/> when the metric is defined,
/// so an analyzer writes a value through the handle of its definition, never through an index kept in step by hand.
/// </summary>
public readonly record struct MetricHandle(int Index);
