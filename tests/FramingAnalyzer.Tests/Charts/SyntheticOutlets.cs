using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Charts;

/// <summary>Deterministic made-up outlets and analysis rows for chart tests.</summary>
internal static class SyntheticOutlets
{
    private static readonly string[] Names =
    [
        "The Daily Chronicle", "Morning Star Ledger", "Capital Wire", "BBC News", "Northern Post & Courier",
        "The Very Long Named Regional Evening Gazette and Advertiser", "Le Monde (English)", "Coastal Herald", "Valley Times",
        "Metro Today", "The Observer-Review", "Harbour Gazette", "National Examiner", "Citizen Voice", "Frontier Tribune",
        "Evening Standard-Bearer", "The Independent Sentinel", "Plains Register", "Riverside Journal", "The Globe",
        "Summit Dispatch", "Lakeside Messenger", "Eastern Bulletin", "The Free Press", "Union Leader", "Desert Sun",
        "Island Packet", "Mountain Echo", "Westside Weekly", "Central Record",
    ];

    public static IReadOnlyList<string> Outlets(int count) => Names.Take(count).ToList();

    public static long ArticlesOf(int index) => 12 + (index * 37) % 480;

    public static List<OutletMetricSummary> Summaries(int outletCount, params string[] metrics)
    {
        var rows = new List<OutletMetricSummary>();
        var outlets = Outlets(outletCount);
        for (int m = 0; m < metrics.Length; m++)
        {
            for (int i = 0; i < outlets.Count; i++)
            {
                double mean = metrics[m].EndsWith("share", StringComparison.Ordinal)
                    ? 0.05 + 0.4 * Fraction(i * 7 + m * 3)
                    : 20 + 600 * Fraction(i * 5 + m * 11);
                double half = mean * (0.08 + 0.2 * Fraction(i + m));
                rows.Add(new OutletMetricSummary(outlets[i], metrics[m], ArticlesOf(i), mean,
                    new Interval(mean - half * 0.8, mean + half * 1.3), mean * 0.9, mean * 1.02, new Interval(mean * 0.95, mean * 1.1)));
            }
        }
        return rows;
    }

    public static List<MixShare> Mix(int outletCount, string mix, params string[] categories)
    {
        var rows = new List<MixShare>();
        var outlets = Outlets(outletCount);
        for (int i = 0; i < outlets.Count; i++)
        {
            var counts = categories.Select((_, c) => (c + i) % 5 == 3 ? 0.0 : Math.Round(5 + 120 * Fraction(i * 3 + c * 13))).ToArray();
            double total = counts.Sum();
            for (int c = 0; c < categories.Length; c++)
            {
                double share = total == 0 ? double.NaN : counts[c] / total;
                rows.Add(new MixShare(mix, outlets[i], categories[c], counts[c], total, share,
                    new Interval(share * 0.9, Math.Min(1, share * 1.1)), ArticlesOf(i)));
            }
        }
        return rows;
    }

    public static List<TermRow> Terms(int outletCount, int termCount)
    {
        var rows = new List<TermRow>();
        var outlets = Outlets(outletCount);
        for (int i = 0; i < outlets.Count; i++)
        {
            double words = 400.0 * ArticlesOf(i);
            for (int t = 0; t < termCount; t++)
            {
                long count = (long)Math.Round(words / 1000 * 3 * Fraction(i * 17 + t * 7) * Fraction(t + 3));
                if (count == 0) continue;
                rows.Add(new TermRow(outlets[i], TermName(t), "loaded", t % 4 == 0 ? "family_" + t : "", count,
                    count / 2, count - count / 2, ArticlesOf(i), count * 1000 / words));
            }
        }
        return rows;
    }

    public static List<ComparisonRow> Comparisons(int outletCount, string metric)
    {
        var rows = new List<ComparisonRow>();
        var outlets = Outlets(outletCount);
        for (int a = 0; a < outlets.Count; a++)
        {
            for (int b = a + 1; b < outlets.Count; b++)
            {
                double diff = 0.3 * (Fraction(a * 7) - Fraction(b * 7));
                double p = Math.Abs(diff) > 0.08 ? 0.001 : 0.4;
                rows.Add(new ComparisonRow(metric, outlets[a], outlets[b], ArticlesOf(a), ArticlesOf(b), diff,
                    new Interval(diff - 0.05, diff + 0.05), p, Math.Min(1, p * 3), diff * 2));
            }
        }
        return rows;
    }

    public static List<ScatterPoint> Points(int outletCount, int perOutlet)
    {
        var points = new List<ScatterPoint>();
        var outlets = Outlets(outletCount);
        for (int i = 0; i < outlets.Count; i++)
        {
            for (int k = 0; k < perOutlet; k++)
            {
                double x = 150 + 900 * Fraction(i * 31 + k * 17);
                double y = Math.Clamp(0.05 + i * 0.01 + 0.3 * Fraction(i * 13 + k * 29) + x / 6000, 0, 1);
                points.Add(new ScatterPoint(outlets[i], x, y));
            }
        }
        return points;
    }

    private static readonly string[] TermWords =
    [
        "regime", "terrorist", "militant", "freedom fighter", "illegal alien", "undocumented", "pro-life", "anti-abortion",
        "death tax", "estate tax", "climate crisis", "global warming", "riot", "protest", "massacre", "clashes",
        "occupied territories", "disputed territories", "tax relief", "welfare", "entitlement", "reform", "crackdown",
        "insurgent", "extremist", "hardliner", "activist", "thug", "looting", "unrest",
    ];

    private static string TermName(int index) => index < TermWords.Length ? TermWords[index] : "term " + index;

    /// <summary>A repeatable pseudo-random number in [0, 1) from an integer seed.</summary>
    public static double Fraction(int seed)
    {
        unchecked
        {
            uint x = (uint)seed * 2654435761u + 12345u;
            x ^= x >> 13;
            x *= 0x5bd1e995;
            x ^= x >> 15;
            return (x & 0xFFFFFF) / (double)0x1000000;
        }
    }
}
