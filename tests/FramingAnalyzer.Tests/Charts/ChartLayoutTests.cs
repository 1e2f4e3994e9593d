using FramingAnalyzer.Charts;
using FramingAnalyzer.Input;
using FramingAnalyzer.Output;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Report;
using FramingAnalyzer.Resources;
using ScottPlot;
using SkiaSharp;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Charts;

/// <summary>
/// Every chart of the sample report, and every chart kind with twelve outlets, rendered at the size the report shows it
/// and measured: text is tall enough to read when projected, no label runs outside the figure or (for labels inside the
/// plot) the data area, tick labels fit the room the axes were given, wrapped titles do not end in a lone word, and
/// nothing touches the image border (a clipped legend or label would). The PNGs are saved in the chart-previews folder
/// (chart-layout-*) for a person to look at.
/// </summary>
public sealed class ChartLayoutTests(ITestOutputHelper output)
{
    /// <summary>The smallest text on a chart, in CSS pixels as the report shows it (measured line height).</summary>
    private const float MinTextHeight = 14;

    private const float MinFontSize = 14;

    private readonly string _folder = ChartPreviews.Folder();

    [Fact]
    public void Every_chart_of_the_sample_is_legible_and_unclipped_at_report_size()
    {
        using var aggregate = SampleAggregate();
        var charts = RunCharts.Plan(RunResults.Compute(aggregate));
        Assert.True(charts.Count >= 25, $"Only {charts.Count} charts planned for the sample.");
        var problems = charts.SelectMany(c => Measure(c.Name, c.Chart)).ToList();
        Assert.True(problems.Count == 0, "Chart layout problems:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_chart_kind_with_twelve_outlets_is_legible_and_unclipped_at_report_size()
    {
        var metrics = new[] { "quoted_word_share", "source_official_share", "words", "loaded_per_1k_words" };
        var labels = new[]
        {
            new MetricLabel("quoted_word_share", "Words inside quotation marks", "share of words"),
            new MetricLabel("source_official_share", "Attributions to official sources", "share of attributions"),
            new MetricLabel("words", "Words per article", "words"),
            new MetricLabel("loaded_per_1k_words", "Loaded terms in the outlet's own voice", "per 1,000 words"),
        };
        var summaries = SyntheticOutlets.Summaries(12, metrics);
        var charts = new List<(string, IChart)>
        {
            ("overview", new OverviewChart(summaries, labels)),
            ("metric-share", new MetricBarChart(summaries, labels[0])),
            ("metric-words", new MetricBarChart(summaries, labels[2])),
            ("mix", new MixChart(SyntheticOutlets.Mix(12, "source_type", "official", "political", "armed_group", "expert", "ngo_intl", "citizen", "media", "document", "business", "unknown"), "source_type", "attributions")),
            ("family", new MixChart(SyntheticOutlets.Mix(12, "family:killing", "killed", "dead", "massacred", "slaughtered"), "family:killing", "labels", minimumItems: 60)),
            ("significance", new SignificanceMatrix(SyntheticOutlets.Comparisons(12, "quoted_word_share"), labels[0])),
            ("heatmap", new TermHeatmap(SyntheticOutlets.Terms(12, 30), OutletArticles.From(summaries))),
            ("scatter", new ScatterChart(SyntheticOutlets.Points(12, 20), labels[2], labels[0])),
        };
        var problems = charts.SelectMany(c => Measure("twelve-" + c.Item1, c.Item2)).ToList();
        Assert.True(problems.Count == 0, "Chart layout problems:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_measure_catches_a_clipped_label_and_small_text()
    {
        // A deliberately broken chart: a label placed past the data area and text too small to read.
        var plot = new Plot();
        plot.Add.Bars([1.0, 2.0]);
        var text = plot.Add.Text("far outside the data area", 1, 40);
        text.LabelFontSize = 9;
        plot.Axes.SetLimits(-1, 2, 0, 3);
        var problems = MeasurePlot("broken", plot, new ChartSize(600, 400)).ToList();
        Assert.Contains(problems, p => p.Contains("outside the data area", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("too small", StringComparison.Ordinal));
    }

    private IEnumerable<string> Measure(string name, IChart chart)
    {
        float scale = Math.Min(1f, HtmlReport.ContentWidth / (float)chart.Size.Width);
        if (scale < 0.9f) yield return $"{name}: {chart.Size.Width} px wide, shown at {scale:P0} in the report.";
        foreach (var problem in MeasurePlot(name, chart.Build(), chart.Size, scale)) yield return problem;
    }

    private IEnumerable<string> MeasurePlot(string name, Plot plot, ChartSize size, float scale = 1)
    {
        var problems = new List<string>();
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height));
        plot.Render(surface);
        var render = plot.RenderManager.LastRender;
        var figure = render.FigureRect;
        var data = render.DataRect;
        using var paint = Paint.NewDisposablePaint();

        void CheckSize(string what, string text, float fontSize, string fontName, bool bold)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var measured = new LabelStyle { Text = text.Split('\n')[0], FontSize = fontSize, FontName = fontName, Bold = bold }.Measure(paint);
            if (fontSize * scale < MinFontSize || measured.Height * scale < MinTextHeight)
            {
                problems.Add($"{name}: {what} \"{text.Replace('\n', ' ')}\" is too small: font {fontSize * scale:0.0} px, line {measured.Height * scale:0.0} px as shown.");
            }
        }

        // Title and subtitle: readable, within the width, no orphaned last word.
        var title = plot.Axes.Title.Label;
        CheckSize("title", title.Text, title.FontSize, title.FontName, title.Bold);
        CheckLines(name, "title", title.Text, title.FontSize, title.FontName, title.Bold, figure.Width, paint, problems);
        foreach (var panel in plot.Axes.GetPanels().OfType<ScottPlot.Panels.TitlePanel>())
        {
            CheckSize("subtitle", panel.Label.Text, panel.Label.FontSize, panel.Label.FontName, panel.Label.Bold);
            CheckLines(name, "subtitle", panel.Label.Text, panel.Label.FontSize, panel.Label.FontName, panel.Label.Bold, figure.Width, paint, problems);
        }

        // Axes: tick labels readable and within the room the layout gave them.
        foreach (var axis in plot.Axes.GetAxes().Where(a => a.IsVisible))
        {
            CheckSize($"{axis.Edge} axis title", axis.Label.Text, axis.Label.FontSize, axis.Label.FontName, axis.Label.Bold);
            var style = axis.TickLabelStyle;
            var ticks = axis.TickGenerator.Ticks.Where(t => t.IsMajor && !string.IsNullOrEmpty(t.Label)).ToList();
            foreach (var tick in ticks)
            {
                CheckSize($"{axis.Edge} tick", tick.Label, style.FontSize, style.FontName, style.Bold);
                var size1 = new LabelStyle { Text = tick.Label, FontSize = style.FontSize, FontName = style.FontName, Bold = style.Bold }.Measure(paint);
                float width = size1.Width, height = size1.Height;
                bool rotated = Math.Abs(style.Rotation) > 1;
                switch (axis.Edge)
                {
                    case Edge.Left when width > data.Left - figure.Left - 2:
                        problems.Add($"{name}: left tick \"{tick.Label}\" is {width:0} px wide but the axis has {data.Left - figure.Left:0} px.");
                        break;
                    case Edge.Right when !IsColorBarAxis(plot, axis) && data.Right + width > figure.Right + 1:
                        problems.Add($"{name}: right tick \"{tick.Label}\" runs {data.Right + width - figure.Right:0} px past the figure.");
                        break;
                    case Edge.Bottom:
                    {
                        // A label turned 45° about its middle-right end reaches down its length times sin 45° plus half its height times cos 45°.
                        float needed = rotated ? width * 0.7072f + height * 0.3536f : height;
                        if (data.Bottom + needed > figure.Bottom + 1)
                            problems.Add($"{name}: bottom tick \"{tick.Label}\" needs {needed:0} px below the plot, {figure.Bottom - data.Bottom:0} px left.");
                        if (!rotated && axis is IXAxis x)
                        {
                            float centre = x.GetPixel(tick.Position, data);
                            if (centre - width / 2 < figure.Left - 1 || centre + width / 2 > figure.Right + 1)
                                problems.Add($"{name}: bottom tick \"{tick.Label}\" runs past the side of the figure.");
                        }
                        break;
                    }
                }
            }
        }

        // Text placed in the plot (values, cell numbers): readable and inside the data area.
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>())
        {
            CheckSize("label", text.LabelText, text.LabelFontSize, text.LabelFontName, text.LabelBold);
            var measured = new LabelStyle { Text = text.LabelText, FontSize = text.LabelFontSize, FontName = text.LabelFontName, Bold = text.LabelBold }.Measure(paint);
            var anchor = plot.GetPixel(text.Location, text.Axes.XAxis, text.Axes.YAxis);
            float x = anchor.X + text.LabelOffsetX, y = anchor.Y + text.LabelOffsetY;
            float left = text.LabelAlignment.HorizontalFraction() switch { 0 => x, 1 => x - measured.Width, _ => x - measured.Width / 2 };
            float top = text.LabelAlignment.VerticalFraction() switch { 0 => y, 1 => y - measured.Height, _ => y - measured.Height / 2 };
            if (left < data.Left - 1 || left + measured.Width > data.Right + 1 || top < data.Top - 1 || top + measured.Height > data.Bottom + 1)
            {
                problems.Add($"{name}: label \"{text.LabelText}\" at ({left:0}, {top:0}) size {measured.Width:0}×{measured.Height:0} is outside the data area {data}.");
            }
        }

        // Legend text.
        if (plot.Legend.IsVisible)
        {
            foreach (var item in plot.Legend.ManualItems.Concat(plot.GetPlottables().SelectMany(p => p.LegendItems)))
            {
                CheckSize("legend entry", item.LabelText, plot.Legend.FontSize ?? 0, plot.Legend.FontName ?? "", false);
            }
        }

        // Colour bars: tick labels readable.
        foreach (var bar in plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>())
        {
            foreach (var tick in bar.Axis.TickGenerator.Ticks.Where(t => t.IsMajor && !string.IsNullOrEmpty(t.Label)))
            {
                CheckSize("colour bar tick", tick.Label, bar.Axis.TickLabelStyle.FontSize, bar.Axis.TickLabelStyle.FontName, false);
            }
        }

        // Nothing reaches the image border: a label or legend cut off by the edge of the image would.
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        string path = Path.Combine(_folder, "chart-layout-" + RunCharts.SafeName(name) + ".png");
        using (var file = File.Create(path)) image.Encode(SKEncodedImageFormat.Png, 90).SaveTo(file);
        int touching = 0;
        const int ring = 2;
        for (int x = 0; x < bitmap.Width; x++)
        {
            for (int r = 0; r < ring; r++)
            {
                if (!IsBackground(bitmap.GetPixel(x, r)) || !IsBackground(bitmap.GetPixel(x, bitmap.Height - 1 - r))) touching++;
            }
        }
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int r = 0; r < ring; r++)
            {
                if (!IsBackground(bitmap.GetPixel(r, y)) || !IsBackground(bitmap.GetPixel(bitmap.Width - 1 - r, y))) touching++;
            }
        }
        if (touching > 0) problems.Add($"{name}: {touching} pixels drawn on the image border (something is cut off); see {path}.");
        output.WriteLine($"{name}: {size.Width}×{size.Height}, shown at {scale:P0}; {problems.Count} problems; {path}");
        return problems;
    }

    private static void CheckLines(string name, string what, string text, float fontSize, string fontName, bool bold, float width, Paint paint, List<string> problems)
    {
        var lines = text.Split('\n');
        foreach (var line in lines)
        {
            float lineWidth = new LabelStyle { Text = line, FontSize = fontSize, FontName = fontName, Bold = bold }.Measure(paint).Width;
            if (lineWidth > width - 10) problems.Add($"{name}: {what} line \"{line}\" is {lineWidth:0} px in a {width:0} px figure.");
        }
        if (lines.Length > 1 && !lines[^1].Trim().Contains(' ', StringComparison.Ordinal))
        {
            problems.Add($"{name}: {what} ends in a lone word on its own line (\"{lines[^1]}\").");
        }
    }

    private static bool IsColorBarAxis(Plot plot, IAxis axis) =>
        plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>().Any(bar => ReferenceEquals(bar.Axis, axis));

    private static bool IsBackground(SKColor pixel) => pixel.Red >= 250 && pixel.Green >= 250 && pixel.Blue >= 250;

    private static FramingAnalyzer.Aggregation.Aggregator SampleAggregate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "framing-chart-layout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var pipeline = new AnalysisPipeline(StandardAnalyzers.Create(new AnalyzerOptions()));
            var settings = new AnalyzeSettings { Inputs = [ToolData.SampleCorpus], OutputDirectory = folder };
            var runner = new BatchRunner(pipeline, settings.Seed, workers: 2);
            using var tables = new ArticleTables(folder, pipeline.Schema);
            var (aggregate, _) = runner.Run(InputCatalog.Read(settings.Inputs, settings.Reader), tables);
            return aggregate;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

internal static class AlignmentFractions
{
    /// <summary>0 for left-aligned text, 0.5 centred, 1 right-aligned.</summary>
    public static float HorizontalFraction(this Alignment alignment) => alignment switch
    {
        Alignment.UpperLeft or Alignment.MiddleLeft or Alignment.LowerLeft => 0,
        Alignment.UpperRight or Alignment.MiddleRight or Alignment.LowerRight => 1,
        _ => 0.5f,
    };

    /// <summary>0 for text hanging from its anchor, 0.5 centred, 1 standing on it.</summary>
    public static float VerticalFraction(this Alignment alignment) => alignment switch
    {
        Alignment.UpperLeft or Alignment.UpperCenter or Alignment.UpperRight => 0,
        Alignment.LowerLeft or Alignment.LowerCenter or Alignment.LowerRight => 1,
        _ => 0.5f,
    };
}
