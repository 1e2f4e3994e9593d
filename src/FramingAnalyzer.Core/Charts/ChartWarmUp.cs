using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Draws one small chart of each kind a run draws most of (bars with intervals, stacked shares, a matrix, points), as
/// PNG and SVG into memory, on the thread pool while a run loads its lexicons and models. The first drawing of each
/// kind compiles its code and ScottPlot's (with tiered compilation off, about a third of the last phase's time), and
/// loading leaves a core idle part of the time, so that compiling moves off the run's end. Nothing is written, and the
/// run's own charts do not depend on it: they are the same bytes with or without it.
/// </summary>
public static class ChartWarmUp
{
    public static Task Start() => Task.Run(Run);

    private static void Run()
    {
        try
        {
            DrawSamples();
        }
        catch (Exception)
        {
            // Only a head start: when drawing fails here (no usable drawing surface), the run's own charts report it.
        }
    }

    private static void DrawSamples()
    {
        string[] outlets = ["A", "B"];
        var metric = new MetricLabel("warm_up_share", "Warm-up share", "share");
        var summaries = outlets.Select((o, i) => new OutletMetricSummary(o, metric.Metric, 10, 0.2 + 0.1 * i,
            new Interval(0.1, 0.4), 0.2, 0.2, new Interval(0.1, 0.3))).ToList();
        var mixes = outlets.SelectMany(o => new[] { "x", "y" }.Select(c => new MixShare("warm_up", o, c, 5, 10, 0.5, new Interval(0.3, 0.7), 10))).ToList();
        var comparisons = new List<ComparisonRow> { new(metric.Metric, "A", "B", 10, 10, 0.1, new Interval(0.0, 0.2), 0.04, 0.04, 0.3) };
        var points = outlets.SelectMany((o, i) => Enumerable.Range(0, 5).Select(k => new ScatterPoint(o, 0.1 * k, 0.2 * i + 0.05 * k))).ToList();
        IChart[] charts =
        [
            new MetricBarChart(summaries, metric),
            new OverviewChart(summaries, [metric]),
            new MixChart(mixes, "warm_up", "items"),
            new SignificanceMatrix(comparisons, metric),
            new ScatterChart(points, metric, metric),
        ];
        foreach (var chart in charts)
        {
            var plot = chart.Build();
            using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(chart.Size.Width, chart.Size.Height));
            if (surface is null) return;
            plot.Render(surface);
            using var image = surface.Snapshot();
            using var pixels = image.PeekPixels();
            using var png = pixels.Encode(new SkiaSharp.SKPngEncoderOptions(SkiaSharp.SKPngEncoderFilterFlags.None, ChartSaver.PngCompressionLevel));
            _ = ChartSaver.SvgOf(plot, chart.Size);
        }
    }
}
