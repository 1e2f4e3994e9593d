using System.Collections;

namespace FramingAnalyzer.Analysis;

/// <summary>An analyzer's metric definitions in table order; each <see cref="Add"/> returns the handle to write that metric.</summary>
public sealed class MetricList : IReadOnlyList<MetricDefinition>
{
    private readonly List<MetricDefinition> _definitions = [];

    public MetricHandle Add(MetricDefinition definition)
    {
        if (_definitions.Any(d => d.Name == definition.Name)) throw new ArgumentException($"The metric '{definition.Name}' is defined twice.", nameof(definition));
        _definitions.Add(definition);
        return new MetricHandle(_definitions.Count - 1);
    }

    public MetricDefinition this[int index] => _definitions[index];
    public int Count => _definitions.Count;
    public IEnumerator<MetricDefinition> GetEnumerator() => _definitions.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
