using System.Globalization;
using System.Net;
using System.Text;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Report;

/// <summary>What the report shows; everything already computed.</summary>
public sealed record ReportContent
{
    public required string Title { get; init; }
    public required IReadOnlyList<string> Inputs { get; init; }
    public required IReadOnlyDictionary<string, long> OutletArticles { get; init; }
    public required IReadOnlyDictionary<string, (string First, string Last)> OutletDates { get; init; }
    public required long Read { get; init; }
    public required long Analysed { get; init; }
    public required long Skipped { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required IReadOnlyList<ReportChart> Charts { get; init; }
    public required IReadOnlyList<OutletMetricSummary> Summaries { get; init; }
    public required IReadOnlyList<MetricDefinition> Metrics { get; init; }
    public required int ComparisonsTested { get; init; }
}

/// <summary>
/// report.html: one self-contained page (charts inlined as data URIs, no scripts, no network) with what was analysed,
/// the headline findings, the charts, the key tables and how each metric is defined. All text is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    public static void Write(string path, ReportContent content)
    {
        File.WriteAllText(path, Render(content), new UTF8Encoding(false));
    }

    public static string Render(ReportContent content)
    {
        var html = new StringBuilder(1 << 16);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(content.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(E(content.Title)).Append("</h1>\n");

        html.Append("<section id=\"analysed\">\n<h2>What was analysed</h2>\n<p>")
            .Append(Inv($"{content.Analysed:N0} articles from {content.OutletArticles.Count:N0} outlets were analysed "))
            .Append(Inv($"({content.Read:N0} read, {content.Skipped:N0} skipped; see skipped.csv).")).Append(" Inputs: ")
            .Append(E(string.Join(", ", content.Inputs))).Append(".</p>\n<table>\n<thead><tr><th>Outlet</th><th>Articles</th><th>Dates</th></tr></thead>\n<tbody>\n");
        foreach (var (outlet, articles) in content.OutletArticles)
        {
            var dates = content.OutletDates.TryGetValue(outlet, out var d) && d.First.Length > 0 ? d.First == d.Last ? d.First : $"{d.First} to {d.Last}" : "not given";
            html.Append("<tr><td>").Append(E(outlet)).Append("</td><td class=\"num\">").Append(articles.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(E(dates)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");

        html.Append("<section id=\"findings\">\n<h2>Headline findings</h2>\n");
        if (content.Findings.Count == 0)
        {
            html.Append("<p>No difference between outlets on the headline metrics is significant after adjusting for ")
                .Append(Inv($"{content.ComparisonsTested:N0} comparisons (Benjamini–Hochberg, 5% false discovery rate).")).Append("</p>\n");
        }
        else
        {
            html.Append("<p>Only differences significant after adjusting for ").Append(Inv($"{content.ComparisonsTested:N0}"))
                .Append(" comparisons (Benjamini–Hochberg, 5% false discovery rate) are stated; the largest effects first.</p>\n<ul>\n");
            foreach (var finding in content.Findings) html.Append("<li>").Append(E(finding.Sentence)).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");

        html.Append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        foreach (var chart in content.Charts)
        {
            if (!File.Exists(chart.PngPath)) continue;
            var data = Convert.ToBase64String(File.ReadAllBytes(chart.PngPath));
            html.Append("<figure>\n<img alt=\"").Append(E(chart.Title)).Append("\" src=\"data:image/png;base64,").Append(data).Append("\">\n<figcaption>")
                .Append(E(chart.Caption)).Append("</figcaption>\n</figure>\n");
        }
        html.Append("</section>\n");

        AppendHeadlineTable(html, content);
        AppendDefinitions(html, content.Metrics);
        html.Append("<section id=\"method\">\n<h2>Method</h2>\n<p>Means are over articles; 95% confidence intervals are percentile intervals of 1,000 ")
            .Append("Poisson-bootstrap resamples of articles (seeded, reproducible). Ratios of counts are also pooled (total over total) with intervals resampled by article. ")
            .Append("Pairwise differences are tested with permutation tests; p-values are adjusted with the Benjamini–Hochberg procedure across all comparisons; ")
            .Append("effect sizes are Cliff's delta. Full tables: outlets.csv, comparisons.csv, story_matched.csv and the mix tables.</p>\n</section>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendHeadlineTable(StringBuilder html, ReportContent content)
    {
        var headline = content.Metrics.Where(m => m.Headline).Select(m => m.Name).ToList();
        if (headline.Count == 0) return;
        html.Append("<section id=\"tables\">\n<h2>Headline metrics by outlet</h2>\n<p>Mean per article with 95% bootstrap interval.</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>Outlet</th>");
        foreach (var metric in headline) html.Append("<th>").Append(E(metric)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var byKey = content.Summaries.ToDictionary(s => (s.Outlet, s.Metric));
        foreach (var outlet in content.OutletArticles.Keys)
        {
            html.Append("<tr><td>").Append(E(outlet)).Append("</td>");
            foreach (var metric in headline)
            {
                html.Append("<td class=\"num\">");
                if (byKey.TryGetValue((outlet, metric), out var s) && !double.IsNaN(s.Mean))
                {
                    html.Append(Inv($"{s.Mean:0.###}"));
                    if (!double.IsNaN(s.MeanCi.Low)) html.Append(Inv($" <span class=\"ci\">[{s.MeanCi.Low:0.###}, {s.MeanCi.High:0.###}]</span>"));
                }
                else
                {
                    html.Append("–");
                }
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void AppendDefinitions(StringBuilder html, IReadOnlyList<MetricDefinition> metrics)
    {
        html.Append("<section id=\"definitions\">\n<h2>How each metric is defined</h2>\n<dl>\n");
        foreach (var metric in metrics.Where(m => m.InArticlesTable))
        {
            html.Append("<dt>").Append(E(metric.Name)).Append("</dt><dd>").Append(E(metric.Description));
            if (metric.Unit.Length > 0) html.Append(" <span class=\"unit\">(").Append(E(metric.Unit)).Append(")</span>");
            html.Append("</dd>\n");
        }
        html.Append("</dl>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
        main { max-width: 1200px; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.9rem; } h2 { border-bottom: 2px solid #0072B2; padding-bottom: .2rem; margin-top: 2.2rem; }
        table { border-collapse: collapse; margin: .8rem 0; font-size: .95rem; }
        th, td { border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f1f5f9; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .ci { color: #555; font-size: .85em; } .unit { color: #555; } .scroll { overflow-x: auto; }
        figure { margin: 1.5rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { color: #444; font-size: .95rem; margin-top: .3rem; }
        dt { font-weight: bold; margin-top: .6rem; font-family: "DejaVu Sans Mono", monospace; } dd { margin-left: 1.2rem; }
        li { margin: .4rem 0; }

        """;
}
