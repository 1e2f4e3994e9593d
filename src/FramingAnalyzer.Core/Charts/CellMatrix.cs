using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// The grid shared by the heatmap-style charts: one coloured cell per row and column with optional text, row labels on
/// the left, column labels below (rotated 45° when they do not fit), a colour bar on the right. Cells are drawn as
/// rectangles so they stay crisp in SVG; sizes are measured so labels and cell text do not overlap.
/// </summary>
internal sealed class CellMatrix
{
    private const float MinCellWidth = 46;
    private const float CellTextPadding = 12;
    /// <summary>The least room for the colour bar, its ticks and its label, right of the cells.</summary>
    public const float MinColorBarRoom = 170;

    private const float ColorBarThickness = 20;

    public required IReadOnlyList<string> RowLabels { get; init; }
    public required IReadOnlyList<string> ColumnLabels { get; init; }

    /// <summary>[row, column] values that set the cell colours; NaN cells are grey.</summary>
    public required double[,] Values { get; init; }

    /// <summary>[row, column] text printed in the cells (null or "" for none).</summary>
    public string[,]? Texts { get; init; }

    public required ColorScale Scale { get; init; }
    public required string ColorBarLabel { get; init; }
    /// <summary>Colour-bar tick labels; compact numbers when null.</summary>
    public Func<double, string>? ColorBarTicks { get; init; }

    /// <summary>
    /// Words for the two ends of the colour bar ("column higher", "row higher"): when set, the bar gets ticks at its ends,
    /// middle and zero, and the end ticks carry the words after the number.
    /// </summary>
    public (string Low, string High)? ColorBarEnds { get; init; }

    /// <summary>[row, column] cells not drawn at all (the unused triangle of a symmetric comparison).</summary>
    public bool[,]? Hidden { get; init; }
    public string? XLabel { get; init; }
    public string? YLabel { get; init; }

    public int Rows => RowLabels.Count;
    public int Columns => ColumnLabels.Count;

    private (ChartStyle Style, float Width)? _cellWidth;

    /// <summary>The narrowest cell that holds the widest cell text (measured once per style).</summary>
    public float CellWidth(ChartStyle style)
    {
        if (_cellWidth is { } cached && ReferenceEquals(cached.Style, style)) return cached.Width;
        float widest = 0;
        if (Texts is not null)
        {
            foreach (string? text in Texts)
            {
                if (!string.IsNullOrEmpty(text)) widest = Math.Max(widest, TextMeasure.Width(text, style.CellFontSize, style.FontName));
            }
        }
        float width = Math.Max(MinCellWidth, widest + CellTextPadding);
        _cellWidth = (style, width);
        return width;
    }

    public float CellHeight(ChartStyle style) => Math.Max(style.RowPixels, TextMeasure.LineHeight(style.CellFontSize) + 10);

    /// <summary>Whether column labels must be rotated to fit cells of <paramref name="cellWidth"/> pixels.</summary>
    public bool RotateColumnLabels(ChartStyle style, float cellWidth) =>
        TextMeasure.MaxWidth(ColumnLabels, style.TickFontSize, style.FontName) > cellWidth - 10;

    private float LeftWidth(ChartStyle style) =>
        AxisSetup.LabelColumnWidth(RowLabels, style) + (YLabel is null ? 0 : TextMeasure.LineHeight(style.AxisLabelFontSize) + 12);

    /// <summary>The cell width the columns get in an image of <paramref name="width"/> pixels.</summary>
    private float ActualCellWidth(ChartStyle style, int width) =>
        (width - LeftWidth(style) - ColorBarRoom(style) - 20) / Math.Max(Columns, 1);

    /// <summary>How many columns of this matrix's cell width fit beside its row labels and colour bar in <paramref name="width"/> pixels.</summary>
    public int ColumnsThatFit(ChartStyle style, int width) =>
        Math.Max(1, (int)Math.Floor((width - LeftWidth(style) - ColorBarRoom(style) - 20) / CellWidth(style)));

    /// <summary>The image size that gives every cell room for its text and every label room to show.</summary>
    public ChartSize SizeFor(ChartStyle style, float headerHeight)
    {
        float left = LeftWidth(style);
        int width = Math.Max(style.Width, (int)Math.Ceiling(left + Columns * CellWidth(style) + ColorBarRoom(style) + 20));
        float bottom = (RotateColumnLabels(style, ActualCellWidth(style, width)) ? AxisSetup.RotatedLabelsHeight(ColumnLabels, style) : TextMeasure.LineHeight(style.TickFontSize) + 16)
            + (XLabel is null ? 0 : TextMeasure.LineHeight(style.AxisLabelFontSize) + 16);
        int height = (int)Math.Ceiling(headerHeight + Rows * CellHeight(style) + bottom + 20);
        return new ChartSize(width, Math.Max(style.Height, height));
    }

    /// <summary>The height of the title and subtitle above a matrix (wrapped as <see cref="ChartStyle"/> wraps them beside a colour bar).</summary>
    /// <summary>The plot of a matrix chart: title and subtitle, the cells and the colour bar, or "No data" when there is no matrix.</summary>
    internal static Plot Render(CellMatrix? matrix, ChartStyle style, ChartSize size, string title, string? subtitle)
    {
        if (matrix is null) return NoDataChart.Build(style, size, title, subtitle);
        var plot = new Plot();
        style.Apply(plot, size, title, subtitle, matrix.ColorBarRoom(style));
        matrix.Draw(plot, style, size);
        return plot;
    }

    internal static float HeaderHeight(ChartStyle style, string title, string? subtitle, float colorBarRoom = MinColorBarRoom)
    {
        float width = style.Width - colorBarRoom - 60;
        int titleLines = ChartText.Wrap(title, width, style.TitleFontSize, style.FontName, bold: true).Split('\n').Length;
        int subtitleLines = subtitle is null ? 0 : ChartText.Wrap(subtitle, width - 20, style.SubtitleFontSize, style.FontName).Split('\n').Length;
        return titleLines * TextMeasure.LineHeight(style.TitleFontSize) + subtitleLines * TextMeasure.LineHeight(style.SubtitleFontSize) + 40;
    }

    public void Draw(Plot plot, ChartStyle style, ChartSize size)
    {
        for (int r = 0; r < Rows; r++)
        {
            double y = AxisSetup.RowPosition(r, Rows);
            for (int c = 0; c < Columns; c++)
            {
                if (Hidden?[r, c] == true) continue;
                var fill = Scale.ColorOf(Values[r, c], ChartColors.Missing);
                var cell = plot.Add.Rectangle(c - 0.5, c + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = fill;
                cell.LineColor = ChartColors.Background;
                cell.LineWidth = 1;
                string? text = Texts?[r, c];
                if (!string.IsNullOrEmpty(text)) style.AddText(plot, text, c, y, style.CellFontSize, ChartColors.TextOn(fill), Alignment.MiddleCenter);
            }
        }

        if (XLabel is not null) plot.XLabel(XLabel);
        if (YLabel is not null) plot.YLabel(YLabel);
        AxisSetup.Rows(plot, plot.Axes.Left, RowLabels);
        AxisSetup.Columns(plot.Axes.Bottom, ColumnLabels, RotateColumnLabels(style, ActualCellWidth(style, size.Width)), style);
        AxisSetup.NoFrame(plot);
        plot.HideGrid();
        plot.Axes.SetLimits(-0.5, Math.Max(Columns, 1) - 0.5, -0.5, Math.Max(Rows, 1) - 0.5);

        var colorBar = plot.Add.ColorBar(Scale, Edge.Right);
        colorBar.Width = ColorBarThickness;
        colorBar.Label = ColorBarLabel;
        colorBar.LabelStyle.FontName = style.FontName;
        colorBar.LabelStyle.FontSize = style.AxisLabelFontSize - 2;
        colorBar.LabelStyle.Bold = false;
        colorBar.Axis.TickLabelStyle.FontName = style.FontName;
        colorBar.Axis.TickLabelStyle.FontSize = style.TickFontSize;
        var format = ColorBarTicks ?? (value => ValueFormat.Tick(value, share: false));
        if (ColorBarEnds is { } ends)
        {
            var manual = new ScottPlot.TickGenerators.NumericManual();
            foreach (var (value, label) in ColorBarTickLabels(format, ends)) manual.AddMajor(value, label);
            colorBar.Axis.TickGenerator = manual;
        }
        else
        {
            AxisSetup.ValueTicks(colorBar.Axis, share: false, targetCount: 6);
            if (ColorBarTicks is not null && colorBar.Axis.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic ticks) ticks.LabelFormatter = ColorBarTicks;
        }
        colorBar.Axis.MinorTickStyle.Length = 0;

        // ScottPlot places the colour-bar label at the panel's outer edge but sizes the panel from default tick
        // labels, so with larger fonts the label runs into the ticks: size the panel from the real tick labels.
        colorBar.MinimumSize = ColorBarPanelWidth(style, colorBar.Width);
        colorBar.MaximumSize = colorBar.MinimumSize;
    }

    /// <summary>The colour bar's tick labels: with end words, the ends and zero (or the middle); else three samples for measuring.</summary>
    private List<(double Value, string Label)> ColorBarTickLabels(Func<double, string> format, (string Low, string High)? ends)
    {
        if (ends is not { } words) return [(Scale.Min, format(Scale.Min)), ((Scale.Min + Scale.Max) / 2, format((Scale.Min + Scale.Max) / 2)), (Scale.Max, format(Scale.Max))];
        var ticks = new List<(double, string)> { (Scale.Min, format(Scale.Min) + " " + words.Low) };
        if (Scale.Min < 0 && Scale.Max > 0)
        {
            ticks.Add((0, format(0)));
        }
        else
        {
            ticks.Add(((Scale.Min + Scale.Max) / 2, format((Scale.Min + Scale.Max) / 2)));
        }
        ticks.Add((Scale.Max, format(Scale.Max) + " " + words.High));
        return ticks;
    }

    /// <summary>The colour bar panel: bar, gap, widest tick label, gap, rotated label.</summary>
    private float ColorBarPanelWidth(ChartStyle style, float barWidth)
    {
        var format = ColorBarTicks ?? (value => ValueFormat.Tick(value, share: false));
        float tickWidth = TextMeasure.MaxWidth(ColorBarTickLabels(format, ColorBarEnds).Select(t => t.Label), style.TickFontSize, style.FontName);
        return barWidth + 12 + tickWidth + 8 + TextMeasure.LineHeight(style.AxisLabelFontSize - 2) + 8;
    }

    /// <summary>Room right of the cells for the colour bar panel (at least <see cref="MinColorBarRoom"/>).</summary>
    public float ColorBarRoom(ChartStyle style) => Math.Max(MinColorBarRoom, ColorBarPanelWidth(style, ColorBarThickness) + 10);
}

