using System.Xml.Linq;
using FramingAnalyzer.Charts;

namespace FramingAnalyzer.Tests.Charts;

public class ChartSaverTests
{
    private readonly string _folder = ChartPreviews.Folder();

    [Fact]
    public void Title_with_markup_is_escaped_in_the_svg()
    {
        var label = new MetricLabel("m", "Evil <script>alert(1)</script> & \"quoted\" 'metric'", "words");
        var rows = SyntheticOutlets.Summaries(2, "m");
        var file = ChartPreviews.SaveAndCheck(new MetricBarChart(rows, label), _folder, "escaped_title");

        string svg = File.ReadAllText(file.SvgPath);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        var document = XDocument.Parse(svg);
        Assert.Contains(document.Descendants(), e => e.Value.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains("<script>", file.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Saves_png_and_svg_at_the_requested_size_creating_folders()
    {
        var plot = new MetricBarChart(SyntheticOutlets.Summaries(3, "words"), MetricLabel.FromName("words", "words")).Build();
        string basePath = Path.Combine(_folder, "nested", "deeper", "words_chart.png");

        var file = ChartSaver.Save(plot, basePath, new ChartSize(800, 450), "Words");

        Assert.Equal("words_chart", file.Name);
        Assert.Equal("Words", file.Title);
        Assert.EndsWith("words_chart.png", file.PngPath, StringComparison.Ordinal);
        Assert.EndsWith("words_chart.svg", file.SvgPath, StringComparison.Ordinal);
        Assert.Equal((800, 450), PngDimensions.Read(file.PngPath));
        var svg = XDocument.Load(file.SvgPath).Root!;
        Assert.Equal("800", svg.Attribute("width")!.Value);
        Assert.Equal("450", svg.Attribute("height")!.Value);
        Assert.Contains("sans-serif", File.ReadAllText(file.SvgPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Png_holds_the_same_pixels_as_Skias_default_encoding()
    {
        // ChartSaver encodes with a faster zlib level and no row filters; lossless either way, so the pixels must match
        // those of the same drawing encoded with Skia's defaults (zlib 6, all filters).
        var chart = new MetricBarChart(SyntheticOutlets.Summaries(4, "words"), MetricLabel.FromName("words", "words"));
        string ours = ChartSaver.SavePng(chart, Path.Combine(_folder, "pixels_ours"));
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(chart.Size.Width, chart.Size.Height));
        chart.Build().Render(surface);
        using var snapshot = surface.Snapshot();
        using var defaults = snapshot.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        var theirs = defaults.ToArray();

        using var a = SkiaSharp.SKBitmap.Decode(ours);
        using var b = SkiaSharp.SKBitmap.Decode(theirs);
        Assert.Equal((b.Width, b.Height), (a.Width, a.Height));
        Assert.True(a.GetPixelSpan().SequenceEqual(b.GetPixelSpan()), "The PNG's pixels differ from Skia's default encoding of the same drawing.");
        Assert.NotEqual(theirs, File.ReadAllBytes(ours)); // a different encoding, not the same bytes
    }

    [Fact]
    public void Malformed_svg_is_rejected()
    {
        Assert.Throws<InvalidDataException>(() => ChartSaver.SafeSvg("<svg><text>a < b</text></svg>"));
        Assert.Contains("sans-serif", ChartSaver.SafeSvg("<svg><text font-family=\"X\">a</text></svg>"), StringComparison.Ordinal);
    }
}
