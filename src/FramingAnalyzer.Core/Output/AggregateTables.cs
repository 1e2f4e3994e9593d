using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Output;

/// <summary>Writes the per-outlet tables: outlets.csv, terms.csv, the mix tables and comparisons.csv.</summary>
public static class AggregateTables
{
    public static readonly string[] OutletColumns = ["outlet", "metric", "articles", "mean", "ci_low", "ci_high", "median", "pooled", "pooled_ci_low", "pooled_ci_high"];
    public static readonly string[] TermColumns = ["outlet", "term", "category", "family", "count", "own_voice_count", "quoted_count", "articles", "per_1k_words"];
    public static readonly string[] MixColumns = ["outlet", "category", "count", "total", "share", "ci_low", "ci_high", "articles"];
    public static readonly string[] ComparisonColumns = ["metric", "outlet_a", "outlet_b", "n_a", "n_b", "diff", "ci_low", "ci_high", "p_value", "p_adjusted", "effect_size"];

    /// <summary>The mix tables every run writes (header present even when empty), by mix group.</summary>
    public static readonly IReadOnlyDictionary<string, string> MixFiles = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["source_type"] = "source_types.csv",
        ["verb_stance"] = "verb_stances.csv",
        ["affiliation"] = "affiliations.csv",
        ["loaded_category"] = "loaded_categories.csv",
    };

    public const string FamilyPrefix = "family:";
    public const string FamilyFile = "term_families.csv";

    public static void WriteOutlets(string path, IEnumerable<OutletMetricSummary> rows)
    {
        using var table = new TableWriter(path, OutletColumns);
        foreach (var r in rows)
        {
            table.Text(r.Outlet).Text(r.Metric).Integer(r.Articles).Number(r.Mean).Number(r.MeanCi.Low).Number(r.MeanCi.High)
                .Number(r.Median).Number(r.Pooled).Number(r.PooledCi.Low).Number(r.PooledCi.High);
            table.EndRow();
        }
    }

    public static void WriteTerms(string path, IEnumerable<TermRow> rows)
    {
        using var table = new TableWriter(path, TermColumns);
        foreach (var r in rows)
        {
            table.Text(r.Outlet).Text(r.Term).Text(r.Category).Text(r.Family).Integer(r.Count).Integer(r.OwnVoiceCount)
                .Integer(r.QuotedCount).Integer(r.Articles).Number(r.Per1kWords);
            table.EndRow();
        }
    }

    public static void WriteMixes(string directory, IReadOnlyList<MixShare> rows)
    {
        foreach (var (group, file) in MixFiles)
        {
            using var table = new TableWriter(Path.Combine(directory, file), MixColumns);
            foreach (var r in rows.Where(r => r.Mix == group)) WriteMixRow(table, r);
        }
        using var families = new TableWriter(Path.Combine(directory, FamilyFile), ["family", .. MixColumns]);
        foreach (var r in rows.Where(r => r.Mix.StartsWith(FamilyPrefix, StringComparison.Ordinal)))
        {
            families.Text(r.Mix[FamilyPrefix.Length..]);
            WriteMixRow(families, r);
        }
    }

    private static void WriteMixRow(TableWriter table, MixShare r)
    {
        table.Text(r.Outlet).Text(r.Category).Number(r.Count).Number(r.Total).Number(r.Share).Number(r.ShareCi.Low).Number(r.ShareCi.High).Integer(r.Articles);
        table.EndRow();
    }

    public static void WriteComparisons(string path, IEnumerable<ComparisonRow> rows)
    {
        using var table = new TableWriter(path, ComparisonColumns);
        foreach (var r in rows)
        {
            table.Text(r.Metric).Text(r.OutletA).Text(r.OutletB).Integer(r.NA).Integer(r.NB).Number(r.Diff).Number(r.DiffCi.Low)
                .Number(r.DiffCi.High).Number(r.PValue).Number(r.PAdjusted).Number(r.EffectSize);
            table.EndRow();
        }
    }
}
