using FramingAnalyzer.Analysis;

namespace FramingAnalyzer.Charts;

/// <summary>
/// How a metric is named on a chart: <paramref name="Metric"/> is the column/metric key in the tables,
/// <paramref name="Description"/> the plain-language phrase used in titles and <paramref name="Unit"/> the axis unit
/// ("words", "share of words", "per 1,000 words"). Units starting with "share" are drawn as percentages.
/// </summary>
public sealed record MetricLabel(string Metric, string Description, string Unit)
{
    /// <summary>True when the values are shares (0–1) and are shown as percentages.</summary>
    public bool IsShare => Unit.StartsWith("share", StringComparison.OrdinalIgnoreCase);

    /// <summary>The axis title: the unit, with "(%)" for shares; the description when there is no unit.</summary>
    public string AxisTitle => Unit.Length == 0 ? Description : IsShare ? Unit + " (%)" : Unit;

    /// <summary>The unit as a short phrase for panel headers: "% of words" for "share of words", otherwise the unit.</summary>
    public string UnitPhrase => IsShare ? "%" + Unit["share".Length..] : Unit;

    /// <summary>The label of a metric defined by an analyzer: its description without the trailing full stop and parenthetical detail.</summary>
    public static MetricLabel From(MetricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new MetricLabel(definition.Name, definition.Label ?? ChartText.Headline(definition.Description, definition.Name), definition.Unit);
    }

    /// <summary>A label for a metric known only by its key (e.g. from a CSV): "quoted_word_share" becomes "Quoted word share".</summary>
    public static MetricLabel FromName(string metric, string unit = "")
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (unit.Length == 0 && metric.EndsWith("_share", StringComparison.OrdinalIgnoreCase)) unit = "share";
        return new MetricLabel(metric, ChartText.Humanise(metric), unit);
    }
}
