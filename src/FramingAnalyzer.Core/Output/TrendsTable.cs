using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Output;

/// <summary>trends.csv: per outlet, period and headline metric, the articles, the mean per article and its 95% bootstrap interval.</summary>
public static class TrendsTable
{
    public const string FileName = "trends.csv";
    public static readonly string[] Columns = ["outlet", "period", "metric", "articles", "mean", "ci_low", "ci_high"];

    public static void Write(string path, IReadOnlyList<TrendRow> rows)
    {
        using var table = new TableWriter(path, Columns);
        foreach (var row in rows)
        {
            table.Text(row.Outlet).Text(row.Period).Text(row.Metric).Integer(row.Articles).Number(row.Mean).Number(row.CiLow).Number(row.CiHigh);
            table.EndRow();
        }
    }

    /// <summary>Reads trends.csv back (for <c>framing chart trends.csv</c>).</summary>
    public static List<TrendRow> Read(string path)
    {
        using var reader = new CsvHelper.CsvReader(new StreamReader(path), new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture));
        reader.Read();
        reader.ReadHeader();
        var rows = new List<TrendRow>();
        double Number(string name) => reader.GetField(name) is { Length: > 0 } text ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : double.NaN;
        while (reader.Read())
        {
            rows.Add(new TrendRow(reader.GetField("outlet")!, reader.GetField("period")!, reader.GetField("metric")!,
                long.Parse(reader.GetField("articles")!, System.Globalization.CultureInfo.InvariantCulture), Number("mean"), Number("ci_low"), Number("ci_high")));
        }
        return rows;
    }
}
