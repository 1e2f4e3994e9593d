namespace FramingAnalyzer.Charts;

/// <summary>
/// The one order outlets take in every chart (bars, mixes, matrices, heatmap, scatter legend): alphabetical, ignoring
/// case, so a reader who finds an outlet in one chart finds it in the same place in the next.
/// </summary>
public static class OutletOrder
{
    public static readonly IComparer<string> Comparer = new NameComparer();

    public static List<string> Sort(IEnumerable<string> outlets) => outlets.Distinct(StringComparer.Ordinal).Order(Comparer).ToList();

    /// <summary>The phrase charts put in their subtitles.</summary>
    public const string Phrase = "outlets in alphabetical order";

    private sealed class NameComparer : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            int byName = StringComparer.OrdinalIgnoreCase.Compare(x, y);
            return byName != 0 ? byName : StringComparer.Ordinal.Compare(x, y);
        }
    }
}
