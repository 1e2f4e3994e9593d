using System.Xml;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Saves a chart as a PNG and an SVG side by side (<c>base.png</c>, <c>base.svg</c>). The SVG is checked to be well-formed
/// XML (so titles with &lt;, &amp; or quotes cannot break or inject markup) and its font names get generic fallbacks.
/// </summary>
public static class ChartSaver
{
    /// <summary>Builds <paramref name="chart"/> and saves it at its own size.</summary>
    /// <param name="basePath">Path without extension, e.g. <c>out/charts/quoted_word_share</c>.</param>
    public static ChartFile Save(IChart chart, string basePath)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Save(chart.Build(), basePath, chart.Size, chart.Title);
    }

    /// <summary>Saves <paramref name="plot"/> at <paramref name="size"/>; creates the folder if needed.</summary>
    /// <param name="basePath">Path without extension; a trailing ".png" or ".svg" is dropped.</param>
    /// <param name="title">Recorded in the returned <see cref="ChartFile"/> (the plot's own title when null).</param>
    public static ChartFile Save(Plot plot, string basePath, ChartSize size, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);
        if (size.Width < 1 || size.Height < 1) throw new ArgumentOutOfRangeException(nameof(size), size, "Chart size must be positive.");

        string stem = StripImageExtension(basePath);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(stem));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        string pngPath = stem + ".png";
        string svgPath = stem + ".svg";
        WritePng(plot, pngPath, size);
        File.WriteAllText(svgPath, SvgOf(plot, size));
        return new ChartFile(Path.GetFileName(stem), title ?? plot.Axes.Title.Label.Text.Replace('\n', ' '), pngPath, svgPath);
    }

    /// <summary>Builds the chart and saves only its PNG (<c>base.png</c>); returns the path.</summary>
    public static string SavePng(IChart chart, string basePath) => SavePng(chart.Build(), basePath, chart.Size);

    /// <summary>Saves only the plot's PNG (<c>base.png</c>); returns the path. The plot can be saved as SVG afterwards.</summary>
    public static string SavePng(Plot plot, string basePath, ChartSize size)
    {
        var path = StripImageExtension(basePath) + ".png";
        SaveOne(plot, path, size);
        return path;
    }

    /// <summary>Builds the chart and saves only its SVG (<c>base.svg</c>); returns the path.</summary>
    public static string SaveSvg(IChart chart, string basePath) => SaveSvg(chart.Build(), basePath, chart.Size);

    /// <summary>Saves only the plot's SVG (<c>base.svg</c>); returns the path.</summary>
    public static string SaveSvg(Plot plot, string basePath, ChartSize size)
    {
        var path = StripImageExtension(basePath) + ".svg";
        SaveOne(plot, path, size);
        return path;
    }

    /// <summary>Saves one image at <paramref name="path"/> in the format its extension names (.png or .svg).</summary>
    public static void SaveOne(Plot plot, string path, ChartSize size)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) File.WriteAllText(path, SvgOf(plot, size));
        else WritePng(plot, path, size);
    }

    /// <summary>
    /// Renders the plot on a raster surface as ScottPlot's SavePng does, and encodes it with zlib level
    /// <see cref="PngCompressionLevel"/> instead of Skia's default 6, and with PNG's filter 0 on every row instead of
    /// libpng trying all five per row (Skia's <c>None</c> flag; its <c>NoFilters</c> leaves the choice to libpng):
    /// encoding was most of a chart's rendering time. Level 1 writes the same pixels several times faster; charts are
    /// flat colour, for which the filters do not pay (the 35 charts of a run: encoding 1.5 → 0.34 s of CPU, files 4%
    /// smaller, the same pixels; docs/performance.md).
    /// </summary>
    private static void WritePng(Plot plot, string path, ChartSize size)
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(size.Width, size.Height))
            ?? throw new InvalidOperationException($"Cannot create a {size.Width}×{size.Height} drawing surface for {path}.");
        plot.Render(surface);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SkiaSharp.SKPngEncoderOptions(SkiaSharp.SKPngEncoderFilterFlags.None, PngCompressionLevel))
            ?? throw new InvalidOperationException($"Cannot encode {path} as PNG.");
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    public const int PngCompressionLevel = 1;

    /// <summary>
    /// Every SVG of the process is drawn one at a time: ScottPlot's SVG renderer numbers clip paths from a process-wide
    /// counter, which two drawings at once could give the same number in one file (ids are then renumbered per file).
    /// </summary>
    private static readonly Lock SvgTurn = new();

    /// <summary>The plot as SVG text (see <see cref="SafeSvg"/>), drawn in the process's turn for SVGs.</summary>
    internal static string SvgOf(Plot plot, ChartSize size)
    {
        string svg;
        lock (SvgTurn) svg = plot.GetSvgXml(size.Width, size.Height);
        return SafeSvg(svg);
    }

    /// <summary>
    /// The SVG text with generic font fallbacks added to each font-family; throws <see cref="InvalidDataException"/> if the
    /// SVG is not well-formed XML (ScottPlot escapes text, so this guards against a regression rather than expected input).
    /// </summary>
    internal static string SafeSvg(string svg)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            throw new InvalidDataException("The chart's SVG is not well-formed XML: " + e.Message, e);
        }
        return AddFontFallbacks(RenumberClipIds(svg));
    }

    private static readonly System.Text.RegularExpressions.Regex ClipId = new(@"(?<=id=""|url\(#)cl_[0-9a-f]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The SVG renderer numbers clip paths from a process-wide counter, so the same chart drawn twice in one process
    /// would differ; ids are renumbered by first appearance so that same input gives the same bytes.
    /// </summary>
    internal static string RenumberClipIds(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId.Replace(svg, m =>
        {
            if (!map.TryGetValue(m.Value, out var renamed)) map[m.Value] = renamed = "clip" + map.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return renamed;
        });
    }

    private static string AddFontFallbacks(string svg)
    {
        const string attribute = "font-family=\"";
        var builder = new System.Text.StringBuilder(svg.Length + 1024);
        int position = 0;
        while (true)
        {
            int start = svg.IndexOf(attribute, position, StringComparison.Ordinal);
            if (start < 0) break;
            int valueStart = start + attribute.Length;
            int valueEnd = svg.IndexOf('"', valueStart);
            if (valueEnd < 0) break;
            string family = svg[valueStart..valueEnd];
            builder.Append(svg, position, valueStart - position);
            builder.Append(family.Contains("sans-serif", StringComparison.Ordinal) ? family : family + ", Helvetica, Arial, sans-serif");
            position = valueEnd;
        }
        builder.Append(svg, position, svg.Length - position);
        return builder.ToString();
    }

    private static string StripImageExtension(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".png", StringComparison.OrdinalIgnoreCase) || extension.Equals(".svg", StringComparison.OrdinalIgnoreCase)
            ? path[..^extension.Length]
            : path;
    }
}
