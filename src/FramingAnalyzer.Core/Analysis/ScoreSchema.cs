namespace FramingAnalyzer.Analysis;

/// <summary>The concatenated metrics and sentence columns of an ordered list of analyzers, with each analyzer's offsets.</summary>
public sealed class ScoreSchema
{
    public ScoreSchema(IReadOnlyList<IArticleAnalyzer> analyzers)
    {
        var metrics = new List<MetricDefinition>();
        var columns = new List<string>();
        var metricOffsets = new int[analyzers.Count];
        var columnOffsets = new int[analyzers.Count];
        for (int i = 0; i < analyzers.Count; i++)
        {
            metricOffsets[i] = metrics.Count;
            columnOffsets[i] = columns.Count;
            metrics.AddRange(analyzers[i].Metrics);
            columns.AddRange(analyzers[i].SentenceColumns);
        }
        var duplicate = metrics.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two analyzers declare the metric '{duplicate.Key}'.");
        Analyzers = analyzers;
        Metrics = metrics;
        SentenceColumns = columns;
        MetricOffsets = metricOffsets;
        ColumnOffsets = columnOffsets;
    }

    public IReadOnlyList<IArticleAnalyzer> Analyzers { get; }
    public IReadOnlyList<MetricDefinition> Metrics { get; }
    public IReadOnlyList<string> SentenceColumns { get; }
    public IReadOnlyList<int> MetricOffsets { get; }
    public IReadOnlyList<int> ColumnOffsets { get; }

    public int IndexOf(string metric)
    {
        for (int i = 0; i < Metrics.Count; i++) if (Metrics[i].Name == metric) return i;
        return -1;
    }
}
