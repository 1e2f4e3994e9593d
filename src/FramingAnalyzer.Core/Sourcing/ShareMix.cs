using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The share metrics of one mix of <see cref="SourcingMetrics"/> (source types, verb stances or affiliations): a metric
/// per category, in the order the categories were first set. Filled once per article, so the categories are kept as an
/// array beside their indices: an article's attributions are counted into an array with one lookup each, and every
/// category's share is written from that array.
/// </summary>
internal sealed class ShareMix
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<MetricHandle> _metrics = [];

    /// <summary>Sets the metric of a category; a category set again keeps its place and takes the new metric.</summary>
    public MetricHandle this[string category]
    {
        set
        {
            if (_index.TryGetValue(category, out int i)) _metrics[i] = value;
            else
            {
                _index.Add(category, _metrics.Count);
                _metrics.Add(value);
            }
        }
    }

    public bool ContainsKey(string category) => _index.ContainsKey(category);

    /// <summary>For each category, the share of the attributions in it (categories outside the mix are not counted).</summary>
    public void SetShares(MetricWriter metrics, IReadOnlyList<Attribution> attributions, Func<Attribution, string> category)
    {
        Span<int> counts = _metrics.Count <= 512 ? stackalloc int[_metrics.Count] : new int[_metrics.Count];
        foreach (var attribution in attributions)
        {
            if (_index.TryGetValue(category(attribution), out int i)) counts[i]++;
        }
        for (int i = 0; i < _metrics.Count; i++) metrics.SetRatio(_metrics[i], counts[i], attributions.Count);
    }
}
