using FramingAnalyzer.Statistics;
using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// How much of the shared news each outlet covered: a horizontal bar per outlet with its share of the stories that two
/// or more outlets covered, labelled "k of n" and the number of its blind spots (stories every other outlet covered).
/// </summary>
public sealed class CoverageChart : IChart
{
    private readonly List<OutletCoverage> _rows;
    private readonly ChartStyle _style;

    public CoverageChart(IEnumerable<OutletCoverage> rows, ChartStyle? style = null)
    {
        _style = style ?? ChartStyle.Default;
        _rows = rows.Where(r => r.MultiOutletStories > 0).OrderBy(r => r.Outlet, OutletOrder.Comparer).ToList();
        Title = "Share of the shared stories each outlet covered";
        Size = _style.SizeForRows(_rows.Count);
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        int shared = _rows.Count == 0 ? 0 : _rows[0].MultiOutletStories;
        string subtitle = $"Of the {ChartText.Count(shared)} stories two or more outlets covered; blind spot: a story every other outlet covered; {OutletOrder.Phrase}";
        if (_rows.Count == 0) return NoDataChart.Build(_style, Size, Title, "No story was covered by two outlets or more");

        var plot = new Plot();
        _style.Apply(plot, Size, Title, subtitle);
        var labels = _rows.Select(r => ChartText.Shorten(r.Outlet, _style.MaxLabelLength)).ToList();
        double barSize = BarThickness.ForRows(_rows.Count, Size, _style);
        var bars = new List<Bar>();
        var ends = new List<(double Value, float Width)>();
        for (int i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            double y = AxisSetup.RowPosition(i, _rows.Count);
            bars.Add(new Bar { Position = y, Value = row.CoveredShare, ValueBase = 0, Size = barSize, FillColor = ChartColors.Bar, LineWidth = 0 });
            string blind = row.BlindSpots.Count switch { 0 => "no blind spot", 1 => "1 blind spot", var n => $"{ChartText.Count(n)} blind spots" };
            string text = $"{ValueFormat.Value(row.CoveredShare, share: true)} ({ChartText.Count(row.Covered)} of {ChartText.Count(row.MultiOutletStories)}; {blind})";
            var label = _style.AddText(plot, text, row.CoveredShare, y, _style.CellFontSize, ChartColors.Ink, Alignment.MiddleLeft);
            label.LabelOffsetX = 6;
            ends.Add((row.CoveredShare, TextMeasure.Width(text, _style.CellFontSize, _style.FontName) + 12));
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        AxisSetup.Rows(plot, plot.Axes.Left, labels);
        AxisSetup.ValueTicks(plot.Axes.Bottom, share: true, targetCount: 6);
        plot.XLabel("Share of the shared stories covered");
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        float dataPixels = Size.Width - AxisSetup.LabelColumnWidth(labels, _style) - 40;
        var (_, right) = BarLabelRoom.Fit(0, 1, ends, dataPixels);
        plot.Axes.SetLimitsX(0, right);
        return plot;
    }
}
