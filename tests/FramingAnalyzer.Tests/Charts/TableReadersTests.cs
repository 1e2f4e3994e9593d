using FramingAnalyzer.Charts;
using FramingAnalyzer.Output;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Tests.Charts;

public sealed class TableReadersTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "framing-table-readers-" + Guid.NewGuid().ToString("N")[..8]);

    public TableReadersTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Outlet_summaries_round_trip_with_empty_cells_as_nan()
    {
        var rows = new List<OutletMetricSummary>
        {
            new("Daily, \"Quoted\" News", "quoted_word_share", 12, 0.25, new Interval(0.2, 0.31), 0.24, 0.26, new Interval(0.21, 0.3)),
            new("=Formula Times", "words", 3, 512.5, new Interval(480, 540.25), 500, double.NaN, Interval.None),
            new("Négative Post", "sentiment", 7, -0.125, new Interval(-0.25, 0.0625), -0.1, double.NaN, Interval.None),
        };
        string path = Path.Combine(_folder, "outlets.csv");
        using (var writer = new TableWriter(path, TableReaders.OutletColumns))
        {
            foreach (var r in rows)
            {
                writer.Text(r.Outlet).Text(r.Metric).Integer(r.Articles).Number(r.Mean).Number(r.MeanCi.Low).Number(r.MeanCi.High)
                    .Number(r.Median).Number(r.Pooled).Number(r.PooledCi.Low).Number(r.PooledCi.High).EndRow();
            }
        }

        var read = TableReaders.ReadOutletSummaries(path);

        Assert.Equal(rows, read);
    }

    [Fact]
    public void Mix_table_takes_its_name_from_the_file_and_term_families_from_the_family_column()
    {
        string mixPath = Path.Combine(_folder, "source_types.csv");
        File.WriteAllText(mixPath,
            "outlet,category,count,total,share,ci_low,ci_high,articles\n" +
            "A,official,3,4,0.75,0.5,1,2\n" +
            "A,expert,1,4,0.25,,,2\n");
        string familyPath = Path.Combine(_folder, "term_families.csv");
        File.WriteAllText(familyPath,
            "family,outlet,category,count,total,share,ci_low,ci_high,articles\n" +
            "abortion,A,pro-life,2,5,0.4,0.1,0.7,3\n" +
            "immigration,B,undocumented,0,0,,,,1\n");

        var mix = TableReaders.ReadMixShares(mixPath);
        var families = TableReaders.ReadMixShares(familyPath);
        var named = TableReaders.ReadMixShares(mixPath, "source_type");

        Assert.Equal(new MixShare("source_types", "A", "official", 3, 4, 0.75, new Interval(0.5, 1), 2), mix[0]);
        Assert.True(double.IsNaN(mix[1].ShareCi.Low));
        Assert.Equal("source_type", named[0].Mix);
        Assert.Equal(["abortion", "immigration"], families.Select(f => f.Mix));
        Assert.True(double.IsNaN(families[1].Share));
        Assert.Equal(0, families[1].Count);
    }

    [Fact]
    public void Terms_and_comparisons_round_trip()
    {
        var terms = new List<TermRow>
        {
            new("A", "regime", "loaded", "", 4, 3, 1, 10, 1.25),
            new("B", "pro-life", "choice", "abortion", 0, 0, 0, 5, 0),
        };
        var comparisons = new List<ComparisonRow>
        {
            new("quoted_word_share", "A", "B", 10, 5, -0.05, new Interval(-0.1, 0.01), 0.04, 0.12, -0.3),
            new("words", "A", "B", 10, 5, 12.5, Interval.None, double.NaN, double.NaN, double.NaN),
        };
        string termsPath = Path.Combine(_folder, "terms.csv");
        using (var writer = new TableWriter(termsPath, TableReaders.TermColumns))
        {
            foreach (var t in terms)
            {
                writer.Text(t.Outlet).Text(t.Term).Text(t.Category).Text(t.Family).Integer(t.Count).Integer(t.OwnVoiceCount)
                    .Integer(t.QuotedCount).Integer(t.Articles).Number(t.Per1kWords).EndRow();
            }
        }
        string comparisonsPath = Path.Combine(_folder, "comparisons.csv");
        using (var writer = new TableWriter(comparisonsPath, TableReaders.ComparisonColumns))
        {
            foreach (var c in comparisons)
            {
                writer.Text(c.Metric).Text(c.OutletA).Text(c.OutletB).Integer(c.NA).Integer(c.NB).Number(c.Diff)
                    .Number(c.DiffCi.Low).Number(c.DiffCi.High).Number(c.PValue).Number(c.PAdjusted).Number(c.EffectSize).EndRow();
            }
        }

        Assert.Equal(terms, TableReaders.ReadTerms(termsPath));
        Assert.Equal(comparisons, TableReaders.ReadComparisons(comparisonsPath));
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case()
    {
        var csv = "METRIC,outlet,Articles,mean,ci_high,ci_low,median,pooled,pooled_ci_low,pooled_ci_high,extra\n" +
                  "words,A,2,10,12,8,9,,,,ignored\n";
        var row = Assert.Single(TableReaders.ReadOutletSummaries(new StringReader(csv)));
        Assert.Equal(new Interval(8, 12), row.MeanCi);
        Assert.Equal("words", row.Metric);
    }

    [Fact]
    public void Missing_columns_and_bad_numbers_are_reported_with_their_place()
    {
        var missing = Assert.Throws<InvalidDataException>(() =>
            TableReaders.ReadComparisons(new StringReader("metric,outlet_a\nm,A\n"), "comparisons.csv"));
        Assert.Contains("outlet_b", missing.Message, StringComparison.Ordinal);

        var bad = Assert.Throws<InvalidDataException>(() => TableReaders.ReadTerms(new StringReader(
            "outlet,term,category,family,count,own_voice_count,quoted_count,articles,per_1k_words\n" +
            "A,regime,loaded,,4,3,1,10,1.5\n" +
            "A,thug,loaded,,x,3,1,10,1.5\n"), "terms.csv"));
        Assert.Contains("line 3", bad.Message, StringComparison.Ordinal);
        Assert.Contains("count", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_gives_no_rows_and_read_rows_feed_a_chart()
    {
        Assert.Empty(TableReaders.ReadTerms(new StringReader("")));
        var rows = TableReaders.ReadOutletSummaries(new StringReader(
            "outlet,metric,articles,mean,ci_low,ci_high,median,pooled,pooled_ci_low,pooled_ci_high\n" +
            "A,words,3,100,90,110,95,,,\nB,words,4,120,100,150,119,,,\n"));
        var chart = new MetricBarChart(rows, MetricLabel.FromName("words", "words"));
        var plot = chart.Build();
        Assert.NotEmpty(plot.GetPlottables());
    }
}
