namespace FramingAnalyzer.Aggregation;

/// <summary>
/// Term-family choices by day: per (outlet, day, family, choice), how many times the outlet used that choice (own voice
/// and quoted, as term_families.csv counts them). Grows with outlets × days × choices, not with articles; merges exactly.
/// Trends roll the days up into weeks or months (<c>Trends.FamilyTrends</c>).
/// </summary>
public sealed class FamilyTimeline
{
    public SortedDictionary<(string Outlet, int Day, string Family, string Choice), long> Counts { get; } = new(KeyOrder.Instance);

    public void Add(string outlet, int day, IReadOnlyList<TermOccurrence> terms)
    {
        foreach (var hit in terms)
        {
            if (hit.Family.Length == 0 || hit.Choice.Length == 0) continue;
            var key = (outlet, day, hit.Family, hit.Choice);
            Counts[key] = Counts.GetValueOrDefault(key) + 1;
        }
    }

    public void Add((string Outlet, int Day, string Family, string Choice) key, long count) => Counts[key] = Counts.GetValueOrDefault(key) + count;

    public void Merge(FamilyTimeline other)
    {
        foreach (var (key, count) in other.Counts) Add(key, count);
    }

    private sealed class KeyOrder : IComparer<(string Outlet, int Day, string Family, string Choice)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((string Outlet, int Day, string Family, string Choice) a, (string Outlet, int Day, string Family, string Choice) b)
        {
            int c = string.CompareOrdinal(a.Outlet, b.Outlet);
            if (c != 0) return c;
            c = a.Day.CompareTo(b.Day);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Family, b.Family);
            return c != 0 ? c : string.CompareOrdinal(a.Choice, b.Choice);
        }
    }
}
