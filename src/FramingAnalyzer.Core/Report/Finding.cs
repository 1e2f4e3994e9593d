namespace FramingAnalyzer.Report;

/// <summary>A pairwise difference in plain words, with the metric and the size of the difference it rests on (|Cliff's delta|).</summary>
public sealed record Finding(string Metric, string Sentence, double AbsoluteEffect);

/// <summary>
/// What the statistics support on one headline metric: its name with the unit, one summary sentence, the pairs shown
/// (the largest effects), how many pairs are significant and how many were tested.
/// </summary>
public sealed record FindingGroup(string Metric, string Heading, string Summary, IReadOnlyList<Finding> Shown, int Significant, int Tested)
{
    public double LargestEffect => Shown.Count == 0 ? 0 : Shown.Max(f => f.AbsoluteEffect);
}

/// <summary>The findings section: the groups in order, the headline metrics with no significant difference, and the counts behind the selection rule.</summary>
public sealed record Findings(IReadOnlyList<FindingGroup> Groups, IReadOnlyList<string> QuietMetrics, int Tested, int Significant, int PerMetric)
{
    public static Findings None { get; } = new([], [], 0, 0, 3);
}
