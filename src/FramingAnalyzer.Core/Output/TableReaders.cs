using System.Text;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Output;

/// <summary>
/// Reads the analysis tables (outlets.csv, mix tables, terms.csv, comparisons.csv) back into their row types, so a single
/// chart can be re-made from a table (<c>framing chart TABLE.csv --kind ...</c>). Invariant culture; empty numeric
/// cells become NaN (empty counts 0); a missing column or a malformed cell throws <see cref="InvalidDataException"/>
/// naming the file, line and column.
/// </summary>
public static class TableReaders
{
    /// <summary>Columns of outlets.csv.</summary>
    public static readonly IReadOnlyList<string> OutletColumns = AggregateTables.OutletColumns;

    /// <summary>Columns of a mix table; term_families.csv has an extra first column <c>family</c>.</summary>
    public static readonly IReadOnlyList<string> MixColumns = AggregateTables.MixColumns;

    /// <summary>Columns of terms.csv.</summary>
    public static readonly IReadOnlyList<string> TermColumns = AggregateTables.TermColumns;

    /// <summary>Columns of comparisons.csv.</summary>
    public static readonly IReadOnlyList<string> ComparisonColumns = AggregateTables.ComparisonColumns;

    public static List<OutletMetricSummary> ReadOutletSummaries(string path) =>
        FromFile(path, reader => ReadOutletSummaries(reader, path));

    public static List<OutletMetricSummary> ReadOutletSummaries(TextReader reader, string source = "outlets.csv")
    {
        using var table = new CsvTable(reader, source);
        table.Require([.. OutletColumns]);
        var rows = new List<OutletMetricSummary>();
        while (table.Read())
        {
            rows.Add(new OutletMetricSummary(
                table.Text("outlet"), table.Text("metric"), table.Integer("articles"),
                table.Number("mean"), new Interval(table.Number("ci_low"), table.Number("ci_high")),
                table.Number("median"),
                table.Number("pooled"), new Interval(table.Number("pooled_ci_low"), table.Number("pooled_ci_high"))));
        }
        return rows;
    }

    /// <summary>
    /// Reads a mix table. Each row's <see cref="MixShare.Mix"/> is its <c>family</c> (term_families.csv) or <c>mix</c>
    /// cell when the table has one, else <paramref name="mix"/>, else the file name without extension.
    /// </summary>
    public static List<MixShare> ReadMixShares(string path, string? mix = null) =>
        FromFile(path, reader => ReadMixShares(reader, mix ?? Path.GetFileNameWithoutExtension(path), path));

    public static List<MixShare> ReadMixShares(TextReader reader, string mix, string source = "mix table")
    {
        ArgumentNullException.ThrowIfNull(mix);
        using var table = new CsvTable(reader, source);
        table.Require([.. MixColumns]);
        string? mixColumn = table.Has("family") ? "family" : table.Has("mix") ? "mix" : null;
        var rows = new List<MixShare>();
        while (table.Read())
        {
            rows.Add(new MixShare(
                mixColumn is null ? mix : table.Text(mixColumn),
                table.Text("outlet"), table.Text("category"),
                table.Number("count"), table.Number("total"), table.Number("share"),
                new Interval(table.Number("ci_low"), table.Number("ci_high")),
                table.Integer("articles")));
        }
        return rows;
    }

    public static List<TermRow> ReadTerms(string path) => FromFile(path, reader => ReadTerms(reader, path));

    public static List<TermRow> ReadTerms(TextReader reader, string source = "terms.csv")
    {
        using var table = new CsvTable(reader, source);
        table.Require([.. TermColumns]);
        var rows = new List<TermRow>();
        while (table.Read())
        {
            rows.Add(new TermRow(
                table.Text("outlet"), table.Text("term"), table.Text("category"), table.Text("family"),
                table.Integer("count"), table.Integer("own_voice_count"), table.Integer("quoted_count"),
                table.Integer("articles"), table.Number("per_1k_words")));
        }
        return rows;
    }

    public static List<ComparisonRow> ReadComparisons(string path) => FromFile(path, reader => ReadComparisons(reader, path));

    public static List<ComparisonRow> ReadComparisons(TextReader reader, string source = "comparisons.csv")
    {
        using var table = new CsvTable(reader, source);
        table.Require([.. ComparisonColumns]);
        var rows = new List<ComparisonRow>();
        while (table.Read())
        {
            rows.Add(new ComparisonRow(
                table.Text("metric"), table.Text("outlet_a"), table.Text("outlet_b"),
                table.Integer("n_a"), table.Integer("n_b"),
                table.Number("diff"), new Interval(table.Number("ci_low"), table.Number("ci_high")),
                table.Number("p_value"), table.Number("p_adjusted"), table.Number("effect_size")));
        }
        return rows;
    }

    private static List<T> FromFile<T>(string path, Func<TextReader, List<T>> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return read(reader);
    }
}
