using System.Globalization;
using System.Net;
using System.Text;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
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
    public required Findings Findings { get; init; }

    /// <summary>Story-matched comparisons; the report has a section for them when any two outlets share a story.</summary>
    public StoryFindings StoryFindings { get; init; } = StoryFindings.None;
    /// <summary>Per outlet, its largest blind spots (stories every other outlet covered); a report section when any outlet has one.</summary>
    public IReadOnlyList<BlindSpotLine> BlindSpots { get; init; } = [];
    /// <summary>Per outlet, its most used loaded words in its own voice (lexicon and classifier); a report section when any.</summary>
    public IReadOnlyList<OutletLoadedWords> LoadedWords { get; init; } = [];
    public required IReadOnlyList<ReportChart> Charts { get; init; }
    public required IReadOnlyList<OutletMetricSummary> Summaries { get; init; }
    public required IReadOnlyList<MetricDefinition> Metrics { get; init; }
    public required int ComparisonsTested { get; init; }
}

/// <summary>
/// report.html: one self-contained page (charts inlined as data URIs, no scripts, no network) with a table of contents,
/// what was analysed, the findings grouped per metric with the rule that selected them, story-matched comparisons
/// (when stories exist), the charts by section, the headline metrics table, how each metric is defined and the
/// method. Laid out for a 1,280-pixel screen and for print: no table is wider than the page. All text is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>The widest a chart is shown (CSS pixels): the page's 1,200-pixel column less its padding. Charts drawn at most this wide are shown at their own size.</summary>
    public const int ContentWidth = 1152;

    /// <summary>Writes the report: the page's text is encoded straight from the builder's chunks, without first
    /// joining several megabytes of embedded charts into one string.</summary>
    public static void Write(string path, ReportContent content)
    {
        var html = Build(content);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        foreach (var chunk in html.GetChunks()) writer.Write(chunk.Span);
    }

    public static string Render(ReportContent content) => Build(content).ToString();

    private static StringBuilder Build(ReportContent content)
    {
        var charts = content.Charts.Where(c => File.Exists(c.PngPath)).Select((c, i) => (Chart: c, Id: ChartId(c, i))).ToList();
        // Sized for the embedded charts (four base64 characters per three bytes), so the builder does not grow by copying.
        long embedded = charts.Sum(c => (new FileInfo(c.Chart.PngPath).Length + 2) / 3 * 4);
        var html = new StringBuilder((int)Math.Min(int.MaxValue / 2, (1 << 16) + embedded));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(content.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(E(content.Title)).Append("</h1>\n");
        bool stories = content.StoryFindings.HasStories;
        bool table = content.Metrics.Any(m => m.Headline && m.InArticlesTable);

        // Contents
        html.Append("<nav id=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n")
            .Append("<li><a href=\"#analysed\">What was analysed</a></li>\n")
            .Append("<li><a href=\"#findings\">Findings</a></li>\n");
        if (stories) html.Append("<li><a href=\"#story-matched\">The same stories compared</a></li>\n");
        if (content.BlindSpots.Count > 0) html.Append("<li><a href=\"#blind-spots\">Blind spots</a></li>\n");
        if (charts.Count > 0)
        {
            html.Append("<li><a href=\"#charts\">Charts</a>\n<ol>\n");
            foreach (var section in charts.GroupBy(c => c.Chart.Section))
            {
                html.Append("<li><a href=\"#").Append(SectionId(section.Key)).Append("\">").Append(E(section.Key)).Append("</a>");
                html.Append("\n<ol>\n");
                foreach (var (chart, id) in section) html.Append("<li><a href=\"#").Append(id).Append("\">").Append(E(chart.Title)).Append("</a></li>\n");
                html.Append("</ol>\n");
                html.Append("</li>\n");
            }
            html.Append("</ol>\n</li>\n");
        }
        if (content.LoadedWords.Count > 0) html.Append("<li><a href=\"#loaded-words\">Loaded words by outlet</a></li>\n");
        if (table) html.Append("<li><a href=\"#tables\">Headline metrics by outlet</a></li>\n");
        html.Append("<li><a href=\"#definitions\">How each metric is defined</a></li>\n")
            .Append("<li><a href=\"#method\">Method</a></li>\n</ol>\n</nav>\n");

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

        AppendFindings(html, content);
        if (stories) AppendStoryFindings(html, content.StoryFindings);
        if (content.BlindSpots.Count > 0) AppendBlindSpots(html, content.BlindSpots);

        if (charts.Count > 0)
        {
            html.Append("<section id=\"charts\">\n<h2>Charts</h2>\n<p>Outlets are in alphabetical order in every chart; n is the number of articles. Percentages are shares of the unit named on each axis.</p>\n");
            foreach (var section in charts.GroupBy(c => c.Chart.Section))
            {
                html.Append("<h3 id=\"").Append(SectionId(section.Key)).Append("\">").Append(E(section.Key)).Append("</h3>\n");
                foreach (var (chart, id) in section)
                {
                    html.Append("<figure id=\"").Append(id).Append("\">\n<img alt=\"").Append(E(chart.Title)).Append("\" src=\"data:image/png;base64,");
                    AppendBase64(html, File.ReadAllBytes(chart.PngPath));
                    html.Append("\">\n<figcaption>").Append(E(Sentence(chart.Caption))).Append("</figcaption>\n</figure>\n");
                }
            }
            html.Append("</section>\n");
        }

        if (content.LoadedWords.Count > 0) AppendLoadedWords(html, content.LoadedWords);
        AppendHeadlineTable(html, content);
        AppendDefinitions(html, content.Metrics);
        html.Append("<section id=\"method\">\n<h2>Method</h2>\n<p>Means are over articles; 95% confidence intervals are percentile intervals of 1,000 ")
            .Append("Poisson-bootstrap resamples of articles (seeded, reproducible). Ratios of counts are also pooled (total over total) with intervals resampled by article. ")
            .Append("Pairwise differences are tested with permutation tests; p-values are adjusted with the Benjamini–Hochberg procedure across all comparisons; ")
            .Append("effect sizes are Cliff's delta (the chance that an article of one outlet scores higher than one of the other, minus the reverse: from −1 to 1, without units). ")
            .Append("Story-matched comparisons pair two outlets' articles on the stories both covered and test the mean per-story difference with a sign-flip permutation test. ")
            .Append("Full tables: outlets.csv, comparisons.csv, story_matched.csv and the mix tables.</p>\n</section>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html;
    }

    /// <summary>Appends the bytes in base64 (as <see cref="Convert.ToBase64String(byte[])"/> writes them) without an intermediate string.</summary>
    private static void AppendBase64(StringBuilder html, byte[] bytes)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent((bytes.Length + 2) / 3 * 4);
        try
        {
            if (!Convert.TryToBase64Chars(bytes, buffer, out int written)) throw new InvalidOperationException("The base64 buffer is too small.");
            html.Append(buffer.AsSpan(0, written));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void AppendFindings(StringBuilder html, ReportContent content)
    {
        var findings = content.Findings;
        html.Append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (findings.Groups.Count == 0)
        {
            html.Append("<p>No difference between outlets on the headline metrics is significant after adjusting for ")
                .Append(Inv($"{content.ComparisonsTested:N0} comparisons (Benjamini–Hochberg, 5% false discovery rate).")).Append("</p>\n</section>\n");
            return;
        }
        int headlineSignificant = findings.Groups.Sum(g => g.Significant);
        html.Append("<p class=\"rule\">")
            .Append(Inv($"{findings.Significant:N0} of {findings.Tested:N0} comparisons between outlets are significant after Benjamini–Hochberg adjustment (5% false discovery rate); "))
            .Append(Inv($"{headlineSignificant:N0} of them are on the headline metrics below. "))
            .Append("For each headline metric: one sentence on what the significant differences say, then ")
            .Append(findings.PerMetric == 1 ? "the pair" : Inv($"the {findings.PerMetric} pairs"))
            .Append(" with the largest effect (Cliff's delta, which has no unit, so that metrics measured in different units can be ranked together). ")
            .Append("Metrics are ordered by their largest effect. Every comparison, significant or not, is in comparisons.csv (significant: p_adjusted below 0.05), with the same numbers.</p>\n");
        foreach (var group in findings.Groups) AppendGroup(html, group, "finding");
        if (findings.QuietMetrics.Count > 0)
        {
            html.Append("<p>No significant difference between any two outlets: ").Append(E(string.Join("; ", findings.QuietMetrics))).Append(".</p>\n");
        }
        html.Append("</section>\n");
    }

    private static void AppendStoryFindings(StringBuilder html, StoryFindings findings)
    {
        html.Append("<section id=\"story-matched\">\n<h2>The same stories compared</h2>\n<p class=\"rule\">")
            .Append("Outlets cover different events, and that alone can make them differ. Here each pair of outlets is compared only on the stories both covered ")
            .Append(findings.FewestStories == findings.MostStories ? Inv($"({findings.MostStories:N0} per pair)") : Inv($"({findings.FewestStories:N0} to {findings.MostStories:N0} per pair)"))
            .Append(Inv($": {findings.Significant:N0} of {findings.Tested:N0} story-matched comparisons are significant after Benjamini–Hochberg adjustment. "))
            .Append("For each headline metric, ")
            .Append(findings.PerMetric == 1 ? "the pair" : Inv($"the {findings.PerMetric} pairs"))
            .Append(" with the smallest adjusted p-value are shown; the full list is in story_matched.csv.</p>\n");
        if (findings.Groups.Count == 0) html.Append("<p>No story-matched difference on the headline metrics is significant.</p>\n");
        foreach (var group in findings.Groups) AppendGroup(html, group, "story");
        html.Append("</section>\n");
    }

    private static void AppendBlindSpots(StringBuilder html, IReadOnlyList<BlindSpotLine> lines)
    {
        html.Append("<section id=\"blind-spots\">\n<h2>Blind spots</h2>\n<p class=\"rule\">")
            .Append("A blind spot is a story that every other outlet covered and this one did not. The largest (most articles elsewhere) are named; ")
            .Append("all are counted in coverage_outlets.csv, and coverage.csv lists who covered each story.</p>\n<ul>\n");
        foreach (var line in lines) html.Append("<li>").Append(E(line.Sentence)).Append("</li>\n");
        html.Append("</ul>\n</section>\n");
    }

    private static void AppendGroup(StringBuilder html, FindingGroup group, string prefix)
    {
        html.Append("<div class=\"metric\" id=\"").Append(prefix).Append('-').Append(Slug(group.Metric)).Append("\">\n<h3>").Append(E(group.Heading)).Append("</h3>\n<p>")
            .Append(E(group.Summary)).Append("</p>\n<ul>\n");
        foreach (var finding in group.Shown) html.Append("<li>").Append(E(finding.Sentence)).Append("</li>\n");
        html.Append("</ul>\n");
        int more = group.Significant - group.Shown.Count;
        if (more > 0) html.Append("<p class=\"more\">").Append(more == 1 ? "1 more significant pair" : Inv($"{more:N0} more significant pairs")).Append(" in ")
            .Append(prefix == "story" ? "story_matched.csv" : "comparisons.csv").Append(".</p>\n");
        html.Append("</div>\n");
    }

    private static void AppendLoadedWords(StringBuilder html, IReadOnlyList<OutletLoadedWords> outlets)
    {
        html.Append("<section id=\"loaded-words\">\n<h2>Loaded words by outlet</h2>\n<p>")
            .Append(Inv($"The {OutletLoadedWords.Top} loaded words each outlet used most in its own voice: the lexicon's terms, and the words the classifier named as what makes a sentence it is sure of (p ≥ 0.9) read as loaded. "))
            .Append("Counts over all the outlet's articles; the classifier's words are counted once per sentence. Every word and count: terms.csv (the classifier's words have the category ")
            .Append(TermHit.ClassifierCategory).Append(").</p>\n<table>\n<thead><tr><th>Outlet</th><th>Lexicon terms</th><th>Classifier's words</th></tr></thead>\n<tbody>\n");
        foreach (var outlet in outlets)
        {
            html.Append("<tr><td>").Append(E(outlet.Outlet)).Append("</td><td>").Append(E(Words(outlet.LexiconTerms))).Append("</td><td>")
                .Append(E(Words(outlet.ClassifierWords))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");

        static string Words(IReadOnlyList<WordUse> words) =>
            words.Count == 0 ? "–" : string.Join(" · ", words.Select(w => Inv($"{w.Word} {w.Count:N0}")));
    }

    private static void AppendHeadlineTable(StringBuilder html, ReportContent content)
    {
        var headline = content.Metrics.Where(m => m.Headline && m.InArticlesTable).ToList();
        if (headline.Count == 0) return;
        html.Append("<section id=\"tables\">\n<h2>Headline metrics by outlet</h2>\n<p>Mean per article, in the units of the charts, with the 95% bootstrap interval below it.</p>\n")
            .Append("<table class=\"fit\">\n<thead><tr><th class=\"outlet\">Outlet</th>");
        foreach (var metric in headline) html.Append("<th>").Append(E(FindingWriter.Heading(metric))).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var byKey = content.Summaries.ToDictionary(s => (s.Outlet, s.Metric));
        foreach (var outlet in content.OutletArticles.Keys.Order(Charts.OutletOrder.Comparer))
        {
            html.Append("<tr><td class=\"outlet\">").Append(E(outlet)).Append("</td>");
            foreach (var metric in headline)
            {
                html.Append("<td class=\"num\">");
                if (byKey.TryGetValue((outlet, metric.Name), out var s) && !double.IsNaN(s.Mean))
                {
                    html.Append(E(ReportNumbers.Value(s.Mean, metric)));
                    if (!double.IsNaN(s.MeanCi.Low)) html.Append("<br><span class=\"ci\">").Append(E(ReportNumbers.Interval(s.MeanCi.Low, s.MeanCi.High, metric))).Append("</span>");
                }
                else
                {
                    html.Append("–");
                }
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendDefinitions(StringBuilder html, IReadOnlyList<MetricDefinition> metrics)
    {
        html.Append("<section id=\"definitions\">\n<h2>How each metric is defined</h2>\n<dl>\n");
        foreach (var metric in metrics.Where(m => m.InArticlesTable))
        {
            html.Append("<dt>").Append(E(Charts.MetricLabel.From(metric).Description)).Append(" <code>").Append(E(metric.Name)).Append("</code></dt><dd>").Append(E(metric.Description));
            if (metric.Unit.Length > 0) html.Append(" <span class=\"unit\">(").Append(E(metric.Unit)).Append(")</span>");
            html.Append("</dd>\n");
        }
        html.Append("</dl>\n</section>\n");
    }

    /// <summary>The text as a sentence: trimmed, ending in a full stop (or another end mark).</summary>
    public static string Sentence(string text)
    {
        string trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string ChartId(ReportChart chart, int index) => "chart-" + (chart.Name.Length > 0 ? Slug(chart.Name) : (index + 1).ToString(CultureInfo.InvariantCulture));

    private static string SectionId(string section) => "charts-" + Slug(section);

    /// <summary>An id fragment: lower-case letters, digits and hyphens only.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        string slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 0; line-height: 1.45; }
        main { max-width: 1200px; margin: 0 auto; padding: 1.5rem; box-sizing: border-box; }
        h1 { font-size: 1.9rem; } h2 { border-bottom: 2px solid #0072B2; padding-bottom: .2rem; margin-top: 2.2rem; }
        h3 { margin: 1.6rem 0 .4rem; font-size: 1.15rem; }
        nav ol { margin: .3rem 0; padding-left: 1.6rem; } nav li { margin: .15rem 0; } a { color: #005a8c; }
        table { border-collapse: collapse; margin: .8rem 0; font-size: .95rem; max-width: 100%; }
        table.fit { table-layout: fixed; width: 100%; font-size: .85rem; }
        table.fit th { font-weight: 600; hyphens: auto; } table.fit .outlet { width: 16%; }
        th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f1f5f9; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .ci { color: #555; font-size: .9em; } .unit { color: #555; } .rule { background: #f4f7fa; padding: .6rem .8rem; border-left: 4px solid #0072B2; }
        .more { color: #444; font-size: .95rem; margin-top: -.3rem; }
        figure { margin: 1.5rem 0; } figure img { display: block; max-width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { color: #333; font-size: 1rem; margin-top: .4rem; }
        dt { font-weight: bold; margin-top: .6rem; } dt code { font-weight: normal; color: #555; } dd { margin-left: 1.2rem; }
        li { margin: .4rem 0; }
        @media print {
          main { max-width: none; padding: 0; } nav#contents { break-after: page; }
          figure, tr, .metric { break-inside: avoid; } h2, h3 { break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """;
}
