using FramingAnalyzer.Charts;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>Descriptions and units of the standard metrics, for labelling charts re-made from tables.</summary>
internal static class MetricCatalog
{
    private static readonly Lazy<IReadOnlyList<Analysis.MetricDefinition>> Metrics =
        new(() => new Analysis.ScoreSchema(StandardAnalyzers.Create(new AnalyzerOptions())).Metrics);

    public static Dictionary<string, MetricLabel> Labels() => Metrics.Value.ToDictionary(m => m.Name, MetricLabel.From);

    public static IEnumerable<string> Headline() => Metrics.Value.Where(m => m.Headline).Select(m => m.Name);
}
