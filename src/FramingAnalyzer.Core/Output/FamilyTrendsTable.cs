using System.Globalization;
using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Output;

/// <summary>trend_families.csv: per outlet, period, term family and choice, the count, the family's total and the choice's share.</summary>
public static class FamilyTrendsTable
{
    public const string FileName = "trend_families.csv";
    public static readonly string[] Columns = ["outlet", "period", "family", "choice", "count", "family_total", "share"];

    public static void Write(string path, IReadOnlyList<FamilyTrendRow> rows)
    {
        using var table = new TableWriter(path, Columns);
        foreach (var row in rows)
        {
            table.Text(row.Outlet).Text(row.Period).Text(row.Family).Text(row.Choice).Integer(row.Count).Integer(row.FamilyTotal).Number(row.Share);
            table.EndRow();
        }
    }

    public static List<FamilyTrendRow> Read(string path)
    {
        using var reader = new CsvHelper.CsvReader(new StreamReader(path), new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture));
        reader.Read();
        reader.ReadHeader();
        var rows = new List<FamilyTrendRow>();
        while (reader.Read())
        {
            rows.Add(new FamilyTrendRow(reader.GetField("outlet")!, reader.GetField("period")!, reader.GetField("family")!, reader.GetField("choice")!,
                long.Parse(reader.GetField("count")!, CultureInfo.InvariantCulture), long.Parse(reader.GetField("family_total")!, CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
