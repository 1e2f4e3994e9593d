namespace FramingAnalyzer.Report;

/// <summary>A headline finding in plain words, with the metric and the size of the difference it rests on.</summary>
public sealed record Finding(string Metric, string Sentence, double AbsoluteEffect);
