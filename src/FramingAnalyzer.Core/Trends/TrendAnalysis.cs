using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Stories;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Trends;

/// <summary>
/// Change over time: per outlet × period × headline metric, the mean per article with a 95% percentile bootstrap
/// interval, from a finished articles.csv (so analyze, merge and aggregate, whose articles.csv are identical, give the
/// same trends). The bootstrap is the run's own: each article's Poisson weights come from its id and the run's seed
/// (<see cref="PoissonWeights"/>), summed in <see cref="BootstrapSums"/>, with <see cref="Resamples"/> resamples so
/// that memory stays small (outlets × periods × metrics × 3.2 KB). Articles without a readable date are left out.
/// </summary>
public static class TrendAnalysis
{
    public const int Resamples = 200;

    private sealed class Cell
    {
        public long Count;
        public double Sum;
        public readonly BootstrapSums Resampled = new(Resamples);
    }

    /// <summary>The trend rows (outlet, period, metric order as in the table), and the period used; empty when no article has a date.</summary>
    public static (IReadOnlyList<TrendRow> Rows, TrendPeriod Period) Compute(string articlesCsv, IReadOnlyList<string> metrics, int seed, TrendPeriod? period = null)
    {
        int first = int.MaxValue, last = int.MinValue;
        ForEachRow(articlesCsv, metrics, (_, _, day, _) =>
        {
            first = Math.Min(first, day);
            last = Math.Max(last, day);
        });
        if (first == int.MaxValue) return ([], period ?? TrendPeriod.Week);
        var chosen = period ?? TrendPeriods.DefaultFor(first, last);
        var cells = new SortedDictionary<(string Outlet, int Start, int Metric), Cell>(Comparer<(string, int, int)>.Create((a, b) =>
            string.CompareOrdinal(a.Item1, b.Item1) is var c && c != 0 ? c : a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2) : a.Item3.CompareTo(b.Item3)));
        var counts = new byte[Resamples];
        var weights = new long[Resamples];
        ForEachRow(articlesCsv, metrics, (id, outlet, day, values) =>
        {
            PoissonWeights.Fill(id, seed, counts);
            for (int b = 0; b < Resamples; b++) weights[b] = counts[b];
            int start = TrendPeriods.StartOf(day, chosen);
            for (int m = 0; m < values.Length; m++)
            {
                if (double.IsNaN(values[m])) continue;
                if (!cells.TryGetValue((outlet, start, m), out var cell)) cells[(outlet, start, m)] = cell = new Cell();
                cell.Count++;
                cell.Sum += values[m];
                cell.Resampled.Add(weights, values[m], 1);
            }
        });
        var rows = new List<TrendRow>(cells.Count);
        foreach (var ((outlet, start, m), cell) in cells)
        {
            var ci = Interval.Percentile(cell.Resampled.SortedStatistics());
            rows.Add(new TrendRow(outlet, TrendPeriods.Name(start, chosen), metrics[m], cell.Count, cell.Sum / cell.Count, ci.Low, ci.High));
        }
        return (rows, chosen);
    }

    private static void ForEachRow(string path, IReadOnlyList<string> metrics, Action<string, string, int, double[]> row)
    {
        using var reader = new CsvReader(new StreamReader(path), new CsvConfiguration(CultureInfo.InvariantCulture));
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        int id = Array.IndexOf(header, "article_id"), outlet = Array.IndexOf(header, "outlet"), date = Array.IndexOf(header, "date");
        var columns = metrics.Select(m => Array.IndexOf(header, m)).ToArray();
        if (id < 0 || outlet < 0 || date < 0 || columns.Any(c => c < 0)) return;
        var values = new double[columns.Length];
        while (reader.Read())
        {
            if (StoryDates.DayOf(reader.GetField(date)) is not { } day) continue;
            for (int m = 0; m < columns.Length; m++)
            {
                var text = reader.GetField(columns[m]);
                values[m] = string.IsNullOrEmpty(text) ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);
            }
            row(reader.GetField(id)!, reader.GetField(outlet)!, day, values);
        }
    }
}
