using System.Diagnostics;
using System.Text.Json;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Report;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Statistics;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Report;

/// <summary>
/// report.html in a real browser (headless Chromium over the DevTools Protocol): every image renders, the console shows
/// no errors, nothing is fetched from anywhere but the file itself, text from articles is escaped, and a full-page
/// screenshot is saved beside the test output (report-screenshots/) and copied to the temp folder for a person to look at.
/// Without a browser the tests pass with a logged message, except under CI=true, where a missing browser is a failure.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(60);

    private const string Script = "<script>alert(1)</script>";
    private const string HostileOutlet = "Evil <script>alert(1)</script> & Sons";
    private const string QuotedOutlet = "\"Quoted\" & 'Co' <b>bold</b>";
    private const string HostileFinding =
        "Share of attributions that cite officials: Evil <script>alert(1)</script> & Sons is higher than \"Quoted\" & 'Co' <b>bold</b> " +
        "by 59 percentage points <img src=x onerror=alert(2)> (95% CI 48–70; adjusted p < 0.001).";
    private const string HostileChartTitle = "Bars\" onerror=\"alert(3) <script>alert(1)</script> & more";
    private const string HostileInput = "news/<script>alert(1)</script>&more.csv";
    private const string HostileTitle = "Framing & <script>alert(1)</script> report";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "framing-report-browser-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Report_with_hostile_article_text_renders_every_chart_escapes_the_text_and_stays_offline()
    {
        var executable = BrowserOrSkip();
        if (executable is null) return;
        var clock = Stopwatch.StartNew();

        Directory.CreateDirectory(_work);
        var bars = RenderChart("bars.png", [1, 2]);
        var more = RenderChart("more.png", [3, 1, 2]);
        var report = Path.Combine(_work, "report.html");
        HtmlReport.Write(report, SyntheticContent(
        [
            new ReportChart(HostileChartTitle, bars, "Caption with <i>markup</i> & an ampersand."),
            new ReportChart("Second chart", more, "Three bars."),
        ]));

        using var browser = await ChromiumSession.StartAsync(executable, BrowserTimeout);
        output.WriteLine($"Chromium started in {clock.ElapsedMilliseconds} ms ({executable}).");
        var load = await BrowserReportLoad.LoadAsync(browser, report, ScreenshotPath("synthetic-report.png"), output);
        CopyForPeople(load.ScreenshotPath, "report-screenshot.png");

        AssertCleanLoad(load);
        Assert.Equal(2, load.Images.Count);
        Assert.All(load.Images, i => Assert.Equal((400, 300), (i.NaturalWidth, i.NaturalHeight)));
        Assert.Equal([HostileChartTitle, "Second chart"], load.Images.Select(i => i.Alt));

        // Nothing from the content became markup: no script, no event-handler attribute, no injected element.
        var dom = await browser.EvaluateAsync("""
            ({
              scripts: document.querySelectorAll('script').length,
              handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
              injected: document.querySelectorAll('b, i').length,
              title: document.title,
              heading: document.querySelector('h1').textContent,
              outlets: [...document.querySelectorAll('#analysed tbody td:first-child')].map(td => td.textContent),
              tableOutlets: [...document.querySelectorAll('#tables tbody td:first-child')].map(td => td.textContent),
              findings: [...document.querySelectorAll('#findings li')].map(li => li.textContent),
              captions: [...document.querySelectorAll('figcaption')].map(c => c.textContent),
              analysed: document.querySelector('#analysed p').textContent,
              definition: document.querySelector('#definitions dd').textContent,
              text: document.body.innerText
            })
            """);
        Assert.Equal(0, dom.GetProperty("scripts").GetInt32());
        Assert.Equal(0, dom.GetProperty("handlers").GetInt32());
        Assert.Equal(0, dom.GetProperty("injected").GetInt32());
        Assert.Equal(HostileTitle, dom.GetProperty("title").GetString());
        Assert.Equal(HostileTitle, dom.GetProperty("heading").GetString());
        Assert.Equal([HostileOutlet, QuotedOutlet], Strings(dom, "outlets"));
        // The headline table lists outlets in the charts' alphabetical order.
        Assert.Equal([QuotedOutlet, HostileOutlet], Strings(dom, "tableOutlets"));
        Assert.Equal([HostileFinding], Strings(dom, "findings"));
        Assert.Equal(["Caption with <i>markup</i> & an ampersand.", "Three bars."], Strings(dom, "captions"));
        Assert.Contains(HostileInput, dom.GetProperty("analysed").GetString());
        Assert.StartsWith("Share of attributions citing officials <& \"others\">", dom.GetProperty("definition").GetString());
        Assert.Contains(Script, dom.GetProperty("text").GetString());
        await AssertContentsAndWidth(browser);
        output.WriteLine($"Done in {clock.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public async Task Report_of_a_sample_corpus_run_loads_without_errors()
    {
        var executable = BrowserOrSkip();
        if (executable is null) return;
        var clock = Stopwatch.StartNew();

        var outputFolder = Path.Combine(_work, "run");
        var counts = AnalysisRun.Execute(
            new AnalyzeSettings { Inputs = [ToolData.SampleCorpus], OutputDirectory = outputFolder, Workers = 2 },
            StandardAnalyzers.Create(new AnalyzerOptions()));
        output.WriteLine($"Analysed {counts.Analysed} of {counts.Read} sample articles in {clock.ElapsedMilliseconds} ms.");
        var report = Path.Combine(outputFolder, "report.html");
        Assert.True(File.Exists(report), "The run wrote no report.html.");

        using var browser = await ChromiumSession.StartAsync(executable, BrowserTimeout);
        var load = await BrowserReportLoad.LoadAsync(browser, report, ScreenshotPath("sample-run-report.png"), output);
        CopyForPeople(load.ScreenshotPath, "report-screenshot-sample-run.png");

        AssertCleanLoad(load);
        var dom = await browser.EvaluateAsync("""
            ({
              scripts: document.querySelectorAll('script').length,
              figures: document.querySelectorAll('figure').length,
              outlets: [...document.querySelectorAll('#analysed tbody td:first-child')].map(td => td.textContent)
            })
            """);
        Assert.Equal(0, dom.GetProperty("scripts").GetInt32());
        Assert.Equal(dom.GetProperty("figures").GetInt32(), load.Images.Count);
        var outlets = Directory.GetDirectories(ToolData.SampleCorpus).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(outlets, Strings(dom, "outlets").Order(StringComparer.Ordinal));
        var layout = await AssertContentsAndWidth(browser);
        // Every chart is listed in the contents, and the story-matched section exists (the sample shares stories).
        Assert.True(layout.GetProperty("chartLinks").GetInt32() >= load.Images.Count, "Not every chart has a link in the contents.");
        Assert.True(layout.GetProperty("storySection").GetBoolean(), "The sample shares stories, but the report has no story-matched section.");
        // Captions are sentences; findings say how they were selected and are grouped per metric.
        Assert.All(Strings(layout, "captions"), c => Assert.True(c.EndsWith('.'), $"Caption without a full stop: {c}"));
        Assert.Contains("comparisons.csv", layout.GetProperty("rule").GetString());
        Assert.True(layout.GetProperty("metricGroups").GetInt32() >= 2);
        // Charts are shown at a size where their text stays readable: none is shrunk below 90%.
        Assert.All(load.Images, i => Assert.True(i.Width >= Math.Min(i.NaturalWidth, FramingAnalyzer.Report.HtmlReport.ContentWidth) - 1,
            $"{i.Alt} is shown {i.Width:0} px wide of its {i.NaturalWidth}."));
        Assert.All(load.Images, i => Assert.True(i.Width / i.NaturalWidth >= 0.9, $"{i.Alt} is shrunk to {i.Width / i.NaturalWidth:P0}."));
        output.WriteLine($"{load.Images.Count} charts in the report of the sample run; done in {clock.ElapsedMilliseconds} ms.");
    }

    /// <summary>
    /// The page at 1,280 CSS pixels: every link of the contents leads to an element of the page, the page does not scroll
    /// sideways, and no table is wider than the element that holds it.
    /// </summary>
    private async Task<JsonElement> AssertContentsAndWidth(ChromiumSession browser)
    {
        var layout = await browser.EvaluateAsync("""
            ({
              links: [...document.querySelectorAll('nav#contents a')].map(a => a.getAttribute('href')),
              broken: [...document.querySelectorAll('nav#contents a')].map(a => a.getAttribute('href'))
                .filter(h => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1)))),
              chartLinks: [...document.querySelectorAll('nav#contents a[href^="#chart-"]')].length,
              pageWidth: document.documentElement.scrollWidth,
              viewport: window.innerWidth,
              overflowing: [...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > t.parentElement.getBoundingClientRect().right + 0.5
                  || t.scrollWidth > t.clientWidth + 1).map(t => t.closest('section') ? t.closest('section').id : '?'),
              storySection: !!document.getElementById('story-matched'),
              captions: [...document.querySelectorAll('figcaption')].map(c => c.textContent),
              rule: (document.querySelector('#findings .rule') || {textContent: ''}).textContent,
              metricGroups: document.querySelectorAll('#findings .metric').length
            })
            """);
        var links = Strings(layout, "links");
        output.WriteLine($"{links.Length} links in the contents; page {layout.GetProperty("pageWidth").GetInt32()} px wide in a {layout.GetProperty("viewport").GetInt32()} px window.");
        Assert.True(links.Length >= 5, "The report has no table of contents.");
        Assert.True(Strings(layout, "broken").Length == 0, "Links of the contents that lead nowhere: " + string.Join(", ", Strings(layout, "broken")));
        Assert.True(layout.GetProperty("pageWidth").GetInt32() <= layout.GetProperty("viewport").GetInt32(), "The page scrolls sideways at 1,280 px.");
        Assert.True(Strings(layout, "overflowing").Length == 0, "Tables wider than their container in sections: " + string.Join(", ", Strings(layout, "overflowing")));
        return layout;
    }

    /// <summary>Every image decoded, is a data URI and shows up non-blank in the screenshot; no errors; no request leaves the file.</summary>
    private void AssertCleanLoad(BrowserReportLoad load)
    {
        foreach (var url in load.RequestUrls) output.WriteLine($"request: {(url.Length > 120 ? url[..120] + "…" : url)}");
        Assert.True(load.Errors.Count == 0, "The browser reported errors:\n" + string.Join("\n", load.Errors));
        var broken = load.Images.Where(i => !i.Rendered).ToList();
        Assert.True(broken.Count == 0, "Images that did not render: " + string.Join("; ", broken));
        Assert.All(load.Images, i => Assert.Equal("data", i.Scheme));
        Assert.True(load.BlankImagesInScreenshot.Count == 0, "Images blank in the screenshot: " + string.Join("; ", load.BlankImagesInScreenshot));
        var outside = load.RequestUrls.Where(u => !u.StartsWith("file:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(outside.Count == 0, "The report made requests beyond the file itself:\n" + string.Join("\n", outside));
        Assert.True(load.ScreenshotWidth >= 1280 && load.ScreenshotHeight > 0, $"Unexpected screenshot size {load.ScreenshotWidth}x{load.ScreenshotHeight}.");
    }

    /// <summary>The browser to use, or null (test passes with a message) when there is none and CI is not "true".</summary>
    private string? BrowserOrSkip()
    {
        var executable = ChromiumSession.FindExecutable();
        if (executable is not null) return executable;
        var configured = Environment.GetEnvironmentVariable(ChromiumSession.BrowserVariable);
        var message = string.IsNullOrWhiteSpace(configured)
            ? $"No Chromium found (looked at ${ChromiumSession.BrowserVariable}, the usual install paths and PATH)."
            : $"No Chromium found: ${ChromiumSession.BrowserVariable} names '{configured}', which does not exist.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI=true, and CI must install it (.ci/run installs Debian's chromium package).");
        }
        output.WriteLine("SKIPPED: " + message + " Install it (apt-get install chromium) or set the variable to run this browser test.");
        return null;
    }

    private string RenderChart(string name, double[] values)
    {
        var path = Path.Combine(_work, name);
        var plot = new ScottPlot.Plot();
        plot.Add.Bars(values);
        plot.SavePng(path, 400, 300);
        return path;
    }

    private static ReportContent SyntheticContent(IReadOnlyList<ReportChart> charts)
    {
        var metrics = new List<MetricDefinition>
        {
            new("share_official", "Share of attributions citing officials <& \"others\">", MetricKind.Ratio) { Unit = "share of attributions", Headline = true },
            new("word_count", "Words in the article body", MetricKind.Value) { Unit = "words", Headline = true },
        };
        return new ReportContent
        {
            Title = HostileTitle,
            Inputs = [HostileInput, "plain.csv"],
            OutletArticles = new Dictionary<string, long> { [HostileOutlet] = 12, [QuotedOutlet] = 9 },
            OutletDates = new Dictionary<string, (string First, string Last)>
            {
                [HostileOutlet] = ("2026-03-02", "2026-03-11"),
                [QuotedOutlet] = ("", ""),
            },
            Read = 22,
            Analysed = 21,
            Skipped = 1,
            Findings = new Findings(
                [new FindingGroup("share_official", "Share of attributions citing officials <& \"others\"> (% of attributions)", "1 of 1 pairs differs significantly.",
                    [new Finding("share_official", HostileFinding, 0.71)], 1, 1)],
                ["Words in the article body (words)"], 2, 1, 3),
            Charts = charts,
            Summaries =
            [
                new(HostileOutlet, "share_official", 12, 0.81, new Interval(0.7, 0.9), 0.8, 0.8, new Interval(0.7, 0.9)),
                new(QuotedOutlet, "share_official", 9, 0.22, new Interval(0.1, 0.3), 0.2, 0.2, new Interval(0.1, 0.3)),
                new(HostileOutlet, "word_count", 12, 512.5, Interval.None, 500, double.NaN, Interval.None),
            ],
            Metrics = metrics,
            ComparisonsTested = 2,
        };
    }

    private static string[] Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? "").ToArray();

    private static string ScreenshotPath(string name) => Path.Combine(AppContext.BaseDirectory, "report-screenshots", name);

    private void CopyForPeople(string screenshot, string name)
    {
        var copy = Path.Combine(Path.GetTempPath(), name);
        File.Copy(screenshot, copy, overwrite: true);
        output.WriteLine($"Screenshot copied to {copy}.");
    }
}
