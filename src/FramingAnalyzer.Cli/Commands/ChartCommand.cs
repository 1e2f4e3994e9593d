using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Charts;
using FramingAnalyzer.Output;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Trends;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing chart TABLE.csv --kind ... --out FILE</c>: re-make one chart from a table, e.g. for a slide.</summary>
internal static class ChartCommand
{
    private static readonly string[] Kinds = ["bar", "overview", "mix", "family", "heatmap", "scatter", "matrix", "trend", "family-trend"];

    public static Command Create()
    {
        var table = new Argument<string>("TABLE") { Description = "A table written by analyze: outlets.csv, a mix table (source_types.csv, verb_stances.csv, affiliations.csv, loaded_categories.csv), term_families.csv, terms.csv, comparisons.csv, articles.csv or trends.csv." };
        var kind = new Option<string?>("--kind") { Description = "trend (trends.csv with --metric), family-trend (trend_families.csv with --family, optionally --choice), bar (one metric; outlets.csv), overview (several metrics; outlets.csv), mix (a mix table), family (term_families.csv with --family), heatmap (terms.csv), scatter (articles.csv with --x and --y), matrix (comparisons.csv with --metric). Default: guessed from the table's name." };
        kind.AcceptOnlyFromAmong(Kinds);
        var output = new Option<string>("--out", "-o") { Description = "Image file to write (.png or .svg).", Required = true };
        var metric = new Option<string?>("--metric") { Description = "The metric of a bar chart or significance matrix, e.g. loaded_per_1k_words." };
        var metrics = new Option<string?>("--metrics") { Description = "Comma-separated metrics of an overview chart (default: the headline metrics)." };
        var family = new Option<string?>("--family") { Description = "The term family of a family chart, e.g. armed_opponents." };
        var choice = new Option<string?>("--choice") { Description = "Family trend: the label whose share is drawn (default: the one whose share differs most between outlets)." };
        var x = new Option<string?>("--x") { Description = "Scatter: metric on the horizontal axis." };
        var y = new Option<string?>("--y") { Description = "Scatter: metric on the vertical axis." };
        var title = new Option<string?>("--title") { Description = "Replace the chart's title." };
        var width = new Option<int?>("--width") { Description = "Width in pixels (default: the chart's own)." };
        var height = new Option<int?>("--height") { Description = "Height in pixels (default: the chart's own)." };
        var format = new Option<string?>("--format") { Description = "png or svg (default: from the --out extension)." };
        format.AcceptOnlyFromAmong("png", "svg");
        var command = new Command("chart",
            "Re-make one chart from a table of an analyze run, with your own title and size (for a slide or a paper).\n\nExamples:\n" +
            "  framing chart reports/sample/source_types.csv --out slide.png --title \"Who gets quoted\" --width 1600 --height 900\n" +
            "  framing chart reports/sample/outlets.csv --kind bar --metric anonymous_share --out anon.svg\n" +
            "  framing chart reports/sample/term_families.csv --family armed_opponents --out labels.png\n" +
            "  framing chart reports/sample/comparisons.csv --kind matrix --metric loaded_per_1k_words --out matrix.png\n" +
            "  framing chart reports/sample/trends.csv --metric loaded_per_1k_words --out loaded-by-week.png\n" +
            "  framing chart reports/sample/trend_families.csv --family armed_opponents --out labels-by-week.png")
        {
            table, kind, output, metric, metrics, family, choice, x, y, title, width, height, format,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var path = parse.GetValue(table)!;
                if (!File.Exists(path)) throw new UsageException($"Table '{path}' does not exist.");
                var style = new ChartStyle { TitleOverride = parse.GetValue(title) };
                var chart = Build(parse.GetValue(kind) ?? GuessKind(path), path, style, parse.GetValue(metric), parse.GetValue(metrics), parse.GetValue(family), parse.GetValue(x), parse.GetValue(y), parse.GetValue(choice));
                var size = new ChartSize(parse.GetValue(width) ?? chart.Size.Width, parse.GetValue(height) ?? chart.Size.Height);
                if (size.Width < 200 || size.Height < 150 || size.Width > 10_000 || size.Height > 10_000) throw new UsageException("--width must be 200–10000 and --height 150–10000 pixels.");
                var outPath = parse.GetValue(output)!;
                if (parse.GetValue(format) is { } f) outPath = Path.ChangeExtension(outPath, f);
                else if (!outPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !outPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) outPath += ".png";
                ChartSaver.SaveOne(chart.Build(), outPath, size);
                parse.InvocationConfiguration.Output.WriteLine(outPath);
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is UsageException or InvalidDataException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static string GuessKind(string path) => Path.GetFileName(path).ToLowerInvariant() switch
    {
        "outlets.csv" => "overview",
        "terms.csv" => "heatmap",
        "term_families.csv" => "family",
        "comparisons.csv" => "matrix",
        "articles.csv" => "scatter",
        "trends.csv" => "trend",
        "trend_families.csv" => "family-trend",
        _ => "mix",
    };

    private static IChart Build(string kind, string path, ChartStyle style, string? metric, string? metrics, string? family, string? x, string? y, string? choice)
    {
        var labels = MetricCatalog.Labels();
        MetricLabel Label(string? name, string option) =>
            name is null ? throw new UsageException($"--kind {kind} needs {option}.") : labels.TryGetValue(name, out var label) ? label : MetricLabel.FromName(name);
        switch (kind)
        {
            case "bar":
                return new MetricBarChart(TableReaders.ReadOutletSummaries(path), Label(metric, "--metric"), style: style);
            case "overview":
            {
                var rows = TableReaders.ReadOutletSummaries(path);
                var names = metrics?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? MetricCatalog.Headline().Where(m => rows.Any(r => r.Metric == m)).ToArray();
                return new OverviewChart(rows, names.Select(n => Label(n, "--metrics")).ToList(), style: style);
            }
            case "mix":
            {
                var mix = AggregateTables.MixFiles.FirstOrDefault(f => f.Value.Equals(Path.GetFileName(path), StringComparison.OrdinalIgnoreCase)).Key;
                return new MixChart(TableReaders.ReadMixShares(path, mix), mix, mix == "loaded_category" ? "loaded terms" : "attributions", style);
            }
            case "family":
            {
                if (family is null) throw new UsageException("--kind family needs --family (a family name from term_families.csv).");
                var rows = TableReaders.ReadMixShares(path).Where(r => r.Mix == family || r.Mix == AggregateTables.FamilyPrefix + family)
                    .Select(r => r with { Mix = AggregateTables.FamilyPrefix + family }).ToList();
                if (rows.Count == 0) throw new UsageException($"No family '{family}' in {path}.");
                return new MixChart(rows, AggregateTables.FamilyPrefix + family, "labels", style);
            }
            case "trend":
            {
                var rows = TrendsTable.Read(path);
                if (metric is null) throw new UsageException($"--kind trend needs --metric (one of: {string.Join(", ", rows.Select(r => r.Metric).Distinct())}).");
                if (!rows.Any(r => r.Metric == metric)) throw new UsageException($"No metric '{metric}' in {path}.");
                string noun = rows.Count > 0 && rows[0].Period.Length == 7 ? "month" : "week";
                return new TrendChart(rows, Label(metric, "--metric"), noun, style);
            }
            case "family-trend":
            {
                if (family is null) throw new UsageException("--kind family-trend needs --family (a family from trend_families.csv).");
                var rows = FamilyTrendsTable.Read(path).Where(r => r.Family == family).ToList();
                if (rows.Count == 0) throw new UsageException($"No family '{family}' in {path}.");
                if (choice is not null && !rows.Any(r => r.Choice == choice)) throw new UsageException($"No choice '{choice}' in family '{family}' (choices: {string.Join(", ", rows.Select(r => r.Choice).Distinct())}).");
                return FamilyTrendChart.Create(rows, family, choice, style);
            }
            case "heatmap":
                return new TermHeatmap(TableReaders.ReadTerms(path).Where(t => t.Category.Length > 0), style: style);
            case "matrix":
                return new SignificanceMatrix(TableReaders.ReadComparisons(path).Where(c => c.Metric == (metric ?? throw new UsageException("--kind matrix needs --metric."))), Label(metric, "--metric"), style: style);
            default:
                return new ScatterChart(ReadScatter(path, x ?? throw new UsageException("--kind scatter needs --x."), y ?? throw new UsageException("--kind scatter needs --y.")),
                    Label(x, "--x"), Label(y, "--y"), style);
        }
    }

    private static List<ScatterPoint> ReadScatter(string path, string x, string y)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        foreach (var column in new[] { "outlet", x, y })
        {
            if (!csv.HeaderRecord!.Contains(column)) throw new UsageException($"{path}: no column '{column}'.");
        }
        var points = new List<ScatterPoint>();
        while (csv.Read())
        {
            if (double.TryParse(csv.GetField(x), NumberStyles.Float, CultureInfo.InvariantCulture, out var vx)
                && double.TryParse(csv.GetField(y), NumberStyles.Float, CultureInfo.InvariantCulture, out var vy))
            {
                var outlet = csv.GetField("outlet") ?? "";
                points.Add(new ScatterPoint(outlet.StartsWith('\'') ? outlet[1..] : outlet, vx, vy));
            }
        }
        return points;
    }
}
