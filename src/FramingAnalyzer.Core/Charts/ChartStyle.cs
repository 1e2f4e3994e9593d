using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// The look shared by every chart: a sans-serif font at projector-readable sizes, a white background,
/// the colour-blind-safe <see cref="CategoryPalette"/>, and the default image size (1200×700), which grows with the
/// number of rows (outlets) in horizontal-bar and matrix charts.
/// </summary>
public sealed class ChartStyle
{
    private static readonly string[] SansFontCandidates = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans", "Noto Sans"];

    public static ChartStyle Default { get; } = new();

    /// <summary>The first installed of Arial, Helvetica, Liberation Sans, DejaVu Sans, Noto Sans (else ScottPlot's default).</summary>
    public string FontName { get; init; } = InstalledSansFont();

    public float TitleFontSize { get; init; } = 26;
    public float SubtitleFontSize { get; init; } = 18;
    public float AxisLabelFontSize { get; init; } = 20;
    public float TickFontSize { get; init; } = 16;
    public float LegendFontSize { get; init; } = 16;

    /// <summary>Values written inside bars and cells.</summary>
    public float CellFontSize { get; init; } = 15;

    public int Width { get; init; } = 1200;
    public int Height { get; init; } = 700;

    /// <summary>Vertical pixels per outlet in horizontal-bar charts (the image grows past <see cref="Height"/> to keep this).</summary>
    public int RowPixels { get; init; } = 34;

    /// <summary>Outlet and category names longer than this are shortened with an ellipsis.</summary>
    public int MaxLabelLength { get; init; } = 36;

    public CategoryPalette Palette { get; init; } = CategoryPalette.ColourBlindSafe;

    /// <summary>A title that replaces the chart's own (for a slide: <c>framing chart --title</c>).</summary>
    public string? TitleOverride { get; init; }

    /// <summary>
    /// The size of a chart with <paramref name="rows"/> horizontal bars: the default size, or taller so each row gets
    /// <see cref="RowPixels"/>; <paramref name="reservedHeight"/> is the height of title, axis and legend areas.
    /// </summary>
    public ChartSize SizeForRows(int rows, int reservedHeight = 230) =>
        new(Width, Math.Max(Height, reservedHeight + Math.Max(rows, 1) * RowPixels));

    /// <summary>
    /// Sets background, fonts, title, optional subtitle and grid on a new plot. ScottPlot centres titles over the figure
    /// minus the panels on the right, so titles are wrapped to the width left of <paramref name="rightPanelWidth"/>.
    /// </summary>
    internal void Apply(Plot plot, ChartSize size, string title, string? subtitle, float rightPanelWidth = 0)
    {
        float titleWidth = Math.Max(size.Width - rightPanelWidth - 60, size.Width * 0.4f);
        plot.FigureBackground.Color = ChartColors.Background;
        plot.DataBackground.Color = ChartColors.Background;

        plot.Title(ChartText.Wrap(TitleOverride ?? title, titleWidth, TitleFontSize, FontName, bold: true));
        var titleLabel = plot.Axes.Title.Label;
        titleLabel.FontName = FontName;
        titleLabel.FontSize = TitleFontSize;
        titleLabel.Bold = true;
        titleLabel.ForeColor = ChartColors.Ink;
        plot.Axes.Title.FullFigureCenter = true;

        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            var panel = new ScottPlot.Panels.TitlePanel { FullFigureCenter = true };
            panel.Label.Text = ChartText.Wrap(subtitle, titleWidth - 20, SubtitleFontSize, FontName);
            panel.Label.FontName = FontName;
            panel.Label.FontSize = SubtitleFontSize;
            panel.Label.Bold = false;
            panel.Label.ForeColor = ChartColors.MutedInk;
            plot.Axes.AddPanel(panel);
        }

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = FontName;
            axis.Label.FontSize = AxisLabelFontSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = ChartColors.Ink;
            axis.TickLabelStyle.FontName = FontName;
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.TickLabelStyle.ForeColor = ChartColors.Ink;
            axis.MajorTickStyle.Color = ChartColors.MutedInk;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = ChartColors.MutedInk;
        }

        plot.Grid.MajorLineColor = ChartColors.Grid;
        plot.Grid.MinorLineWidth = 0;

        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = LegendFontSize;
        plot.Legend.FontColor = ChartColors.Ink;
        plot.Legend.SetBestFontOnEachRender = false;
    }

    /// <summary>A text label in data coordinates, in the chart font.</summary>
    internal ScottPlot.Plottables.Text AddText(Plot plot, string text, double x, double y, float fontSize, Color color, Alignment alignment)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = FontName;
        label.LabelFontSize = fontSize;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
        return label;
    }

    private static string InstalledSansFont()
    {
        foreach (var name in SansFontCandidates)
        {
            var typeface = Fonts.GetTypeface(name, bold: false, italic: false);
            if (typeface is not null && string.Equals(typeface.FamilyName, name, StringComparison.OrdinalIgnoreCase)) return name;
        }
        return Fonts.Default;
    }
}
