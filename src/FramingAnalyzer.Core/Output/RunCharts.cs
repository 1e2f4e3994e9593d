using FramingAnalyzer.Analysis;
using FramingAnalyzer.Charts;
using FramingAnalyzer.Report;
using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Output;

/// <summary>
/// The standard charts of a run, rendered as PNG and SVG into charts/ and listed, with a caption on how to read
/// each, for the report: overview, one bar chart per headline metric, the mixes, one chart per term family, the
/// distinctive-terms heatmap, an article scatter and pairwise significance matrices.
/// </summary>
public static class RunCharts
{
    /// <summary>Metrics the significance matrices and the scatter use, when the run has them.</summary>
    public static readonly string[] MatrixMetrics = ["source_official_share", "loaded_per_1k_words", "anonymous_share"];

    /// <summary>Term-family bars built from fewer labels than this are drawn pale.</summary>
    public const int FamilyMinimumLabels = 10;

    /// <summary>A chart a run draws: its file stem, the report section it belongs to, the chart and its caption.</summary>
    public sealed record PlannedChart(string Name, string Section, IChart Chart, string Caption);

    public const string OverviewSection = "Overview";
    public const string MetricSection = "Each headline metric";
    public const string MixSection = "Who is quoted and how";
    public const string FamilySection = "Word choices for the same referent";
    public const string TermSection = "Distinctive loaded terms";
    public const string ComparisonSection = "Articles and pairwise differences";
    public const string CoverageSection = "Coverage of the same stories";
    public const string TrendSection = "Change over time";

    public static IReadOnlyList<ReportChart> Render(string directory, RunResults results)
    {
        var planned = Plan(results);
        // Charts are built and drawn in parallel (independent plots), each built once and drawn as PNG and then as SVG
        // (SVGs one at a time, see ChartSaver.SvgOf: the other thread meanwhile draws its next PNG).
        var pngs = new string[planned.Count];
        Parallel.For(0, planned.Count, i =>
        {
            var (chart, stem) = (planned[i].Chart, Path.Combine(directory, SafeName(planned[i].Name)));
            var plot = chart.Build();
            pngs[i] = ChartSaver.SavePng(plot, stem, chart.Size);
            ChartSaver.SaveSvg(plot, stem, chart.Size);
        });
        return planned.Select((p, i) => new ReportChart(p.Chart.Title, pngs[i], p.Caption, SafeName(p.Name), p.Section)).ToList();
    }

    /// <summary>Every chart of a run with its caption, in report order, without rendering anything.</summary>
    public static IReadOnlyList<PlannedChart> Plan(RunResults results)
    {
        var planned = new List<PlannedChart>();
        string section = OverviewSection;
        var schema = results.Aggregate.Schema;
        var labels = schema.Metrics.ToDictionary(m => m.Name, MetricLabel.From);
        var headline = schema.Metrics.Where(m => m.Headline && m.InArticlesTable).Select(m => labels[m.Name]).ToList();
        var outletArticles = results.OutletArticles;

        void Add(string name, IChart chart, string caption) => planned.Add(new PlannedChart(name, section, chart, caption));

        var overviewParts = headline.Chunk(OverviewChart.MaxPanels).ToList();
        for (int part = 0; part < overviewParts.Count; part++)
        {
            string title = overviewParts.Count == 1 ? "Headline measures by outlet" : $"Headline measures by outlet ({part + 1} of {overviewParts.Count})";
            Add(part == 0 ? "overview" : $"overview-{part + 1}", new OverviewChart(results.Summaries, overviewParts[part], title: title),
                "The headline metrics side by side, each panel on its own scale. Bars are outlet means per article; lines are 95% bootstrap intervals.");
        }
        section = MetricSection;
        foreach (var label in headline)
        {
            Add("metric-" + label.Metric, new MetricBarChart(results.Summaries, label),
                $"{label.Description}{(label.Unit.Length > 0 ? $" ({label.UnitPhrase})" : "")}. Bars and the values at their ends are means per article; lines are 95% bootstrap intervals of the mean.");
        }
        section = MixSection;
        foreach (var (group, noun, caption) in new[]
                 {
                     ("source_type", "attributions", "Who gets quoted: the share of each outlet's attributions by type of source (pooled over articles)."),
                     ("verb_stance", "attributions", "How sources are introduced: the share of reporting verbs by stance (\"said\" is neutral; \"claimed\" distancing; \"admitted\" concession)."),
                     ("affiliation", "attributions", "Which side gets voice: the share of attributions by the affiliation of the source (from the actor lexicon, or the country or party the source phrase names)."),
                     ("loaded_category", "loaded terms", "What kind of loaded wording: the share of loaded-lexicon terms by category."),
                 })
        {
            if (results.Mixes.Any(m => m.Mix == group)) Add("mix-" + group, new MixChart(results.Mixes, group, noun), caption);
        }
        section = FamilySection;
        foreach (var family in results.Mixes.Select(m => m.Mix).Where(m => m.StartsWith(AggregateTables.FamilyPrefix, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal))
        {
            var rows = results.Mixes.Where(m => m.Mix == family).ToList();
            if (rows.All(r => r.Total == 0)) continue;
            var name = family[AggregateTables.FamilyPrefix.Length..];
            Add("family-" + name, new MixChart(rows, family, "labels", minimumItems: FamilyMinimumLabels),
                $"Lexical choice for the same referent ({ChartText.LowerFirst(ChartText.Humanise(name))}): the share of each label among the outlet's labels of this family. "
                + $"Bars of outlets with fewer than {FamilyMinimumLabels} labels are pale.");
        }
        section = TermSection;
        var heatmap = new TermHeatmap(results.Terms.Where(t => t.Category.Length > 0 && t.Category != Model.TermHit.ClassifierCategory), outletArticles);
        string forms = heatmap.Forms.Count == 0 ? ""
            : " Forms counted together: " + string.Join("; ", heatmap.Forms.Select(g => $"{g.Head} ({string.Join(", ", g.Forms)})")) + ".";
        Add("terms-heatmap", heatmap,
            "The loaded terms that most distinguish outlets: each cell is how often the outlet uses the term per 1,000 words." + forms);
        if (results.HasSharedStories)
        {
            section = CoverageSection;
            Add("coverage", new CoverageChart(results.Coverage),
                "How much of the shared news each outlet covered: its share of the stories that two or more outlets covered. A blind spot is a story every other outlet covered and this one did not (coverage_outlets.csv).");
        }
        if (results.Trends.Count > 0 && results.Trends.Select(t => t.Period).Distinct().Skip(1).Any())
        {
            section = TrendSection;
            var noun = Trends.TrendPeriods.Noun(results.TrendPeriod);
            foreach (var label in headline)
            {
                Add("trend-" + label.Metric, new TrendChart(results.Trends, label, noun),
                    $"{label.Description}{(label.Unit.Length > 0 ? $" ({label.UnitPhrase})" : "")}, each outlet's mean per article by {noun} (trends.csv). "
                    + $"Bands are 95% bootstrap intervals; hollow markers are {noun}s with fewer than {TrendChart.MinimumArticles} articles.");
            }
        }
        section = ComparisonSection;

        var scatterX = labels.ContainsKey("source_official_share") ? "source_official_share" : "quoted_word_share";
        if (labels.ContainsKey(scatterX) && labels.ContainsKey("loaded_per_1k_words"))
        {
            bool sampled = results.Aggregate.Outlets.Values.Any(o => o.Articles > Aggregation.ArticleSample.Limit);
            var who = sampled
                ? $"Articles as points (outlets with more than {Aggregation.ArticleSample.Limit:N0} articles: a random sample of {Aggregation.ArticleSample.Limit:N0}, chosen by a hash of the article id)"
                : "Every article as a point";
            Add("scatter", new ScatterChart(ScatterPoints(results, scatterX, "loaded_per_1k_words"), labels[scatterX], labels["loaded_per_1k_words"],
                    sampledPerOutlet: sampled ? Aggregation.ArticleSample.Limit : null),
                who + ": how much it relies on the chosen sources against how much loaded wording it uses in its own voice.");
        }
        foreach (var metric in MatrixMetrics.Where(labels.ContainsKey))
        {
            Add("significance-" + metric, new SignificanceMatrix(results.Comparisons.Where(c => c.Metric == metric), labels[metric]),
                "Each cell: row outlet minus column outlet. Starred cells are significant after Benjamini–Hochberg adjustment (p < 0.05).");
        }
        return planned;
    }

    public static List<ScatterPoint> ScatterPoints(RunResults results, string x, string y)
    {
        var aggregate = results.Aggregate;
        int xi = Array.IndexOf(aggregate.PointMetrics, aggregate.Schema.IndexOf(x));
        int yi = Array.IndexOf(aggregate.PointMetrics, aggregate.Schema.IndexOf(y));
        var points = new List<ScatterPoint>();
        if (xi < 0 || yi < 0) return points;
        foreach (var outlet in aggregate.Outlets.Values)
        {
            foreach (var point in outlet.Sample.Points)
            {
                if (float.IsNaN(point.Values[xi]) || float.IsNaN(point.Values[yi])) continue;
                points.Add(new ScatterPoint(outlet.Outlet, point.Values[xi], point.Values[yi]));
            }
        }
        return points;
    }

    /// <summary>File names come from lexicon data (family names): only [a-z0-9_-] are kept, never a path.</summary>
    public static string SafeName(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' ? c : '-').ToArray();
        var safe = new string(chars).Trim('-');
        return safe.Length == 0 ? "chart" : safe.Length > 80 ? safe[..80] : safe;
    }
}
