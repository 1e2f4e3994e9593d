using FramingAnalyzer.Statistics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace FramingAnalyzer.Charts;

/// <summary>
/// A mix (source types, verb stances, affiliations, one term family's choices) as 100% stacked horizontal bars:
/// one bar per outlet ("Outlet (n=12)"), one coloured segment per category in table order, the percentage printed in
/// segments wide enough to hold it, the number of items counted at the right, and the legend below the plot.
/// Outlets are sorted by the share of the first category. Zero categories simply have no segment.
/// </summary>
public sealed class MixChart : IChart
{
    private readonly string _mix;
    private readonly string _itemNoun;
    private readonly List<string> _categories;
    private readonly List<OutletMix> _outlets;
    private readonly ChartStyle _style;
    private readonly int _reservedHeight;

    /// <param name="rows">Mix-table rows; only those of <paramref name="mix"/> are used.</param>
    /// <param name="mix">The mix (or term family) to draw; null takes the first mix in <paramref name="rows"/>.</param>
    /// <param name="itemNoun">What is counted, plural ("attributions", "quotes", "term uses"), for the title and labels.</param>
    public MixChart(IEnumerable<MixShare> rows, string? mix = null, string itemNoun = "items", ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemNoun);
        _style = style ?? ChartStyle.Default;
        _itemNoun = itemNoun;
        var list = rows.ToList();
        _mix = mix ?? list.FirstOrDefault()?.Mix ?? "";
        var selected = list.Where(r => r.Mix == _mix).ToList();
        _categories = selected.Select(r => r.Category).Distinct(StringComparer.Ordinal).ToList();
        _outlets = selected.GroupBy(r => r.Outlet, StringComparer.Ordinal)
            .Select(g => OutletMix.From(g.Key, g.ToList(), _categories))
            .OrderByDescending(o => o.Shares.Length > 0 && double.IsFinite(o.Shares[0]) ? o.Shares[0] : -1)
            .ThenBy(o => o.Outlet, StringComparer.OrdinalIgnoreCase)
            .ToList();

        Title = $"{MixName(_mix)}: share of {itemNoun} by outlet";
        int legendRows = LegendRows(_style.Width - 80);
        _reservedHeight = 250 + legendRows * (int)TextMeasure.LineHeight(_style.LegendFontSize + 6);
        Size = _style.SizeForRows(_outlets.Count, _reservedHeight);
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        string subtitle = $"Each bar is 100% of the outlet's {_itemNoun}; n = articles, right: number of {_itemNoun}";
        if (_outlets.Count == 0 || _categories.Count == 0) return NoDataChart.Build(_style, Size, Title, subtitle);

        var plot = new Plot();
        _style.Apply(plot, Size, Title, subtitle);
        int rows = _outlets.Count;
        var labels = _outlets.Select(o => ChartText.OutletLabel(o.Outlet, o.Articles, _style.MaxLabelLength)).ToList();
        var totals = _outlets.Select(o => ChartText.Count((long)Math.Round(o.Total))).ToList();
        float dataPixels = Size.Width - AxisSetup.LabelColumnWidth(labels, _style) - AxisSetup.LabelColumnWidth(totals, _style) - 30;
        double barSize = BarThickness.ForRows(rows, Size, _style, _reservedHeight);
        var texts = new List<(string Text, double X, double Y, Color Color)>();

        for (int c = 0; c < _categories.Count; c++)
        {
            var fill = _style.Palette.ColorOf(c);
            var hatch = _style.Palette.HatchOf(c);
            var bars = new List<Bar>();
            for (int i = 0; i < rows; i++)
            {
                var outlet = _outlets[i];
                double share = outlet.Shares[c];
                if (!(share > 0)) continue;
                double start = outlet.Starts[c];
                double y = AxisSetup.RowPosition(i, rows);
                var bar = new Bar
                {
                    Position = y, ValueBase = start, Value = start + share, Size = barSize,
                    FillColor = fill, LineColor = ChartColors.Background, LineWidth = 1,
                };
                if (hatch is not null)
                {
                    bar.FillHatch = hatch;
                    bar.FillHatchColor = CategoryPalette.HatchColorOn(fill);
                }
                bars.Add(bar);
                string text = ValueFormat.Value(share, share: true);
                float textWidth = TextMeasure.Width(text, _style.CellFontSize, _style.FontName) + 8;
                if (share * dataPixels >= textWidth && hatch is null) texts.Add((text, start + share / 2, y, ChartColors.TextOn(fill)));
            }
            if (bars.Count > 0) plot.Add.Bars(bars).Horizontal = true;

            var item = new LegendItem { LabelText = ChartText.Shorten(_categories[c], _style.MaxLabelLength), FillColor = fill, OutlineColor = ChartColors.MutedInk, OutlineWidth = 0.5f };
            if (hatch is not null)
            {
                item.FillHatch = hatch;
                item.FillHatchColor = CategoryPalette.HatchColorOn(fill);
            }
            plot.Legend.ManualItems.Add(item);
        }
        foreach (var (text, x, y, color) in texts) _style.AddText(plot, text, x, y, _style.CellFontSize, color, Alignment.MiddleCenter);
        for (int i = 0; i < rows; i++)
        {
            if (_outlets[i].Total > 0) continue;
            var none = _style.AddText(plot, $"no {_itemNoun}", 0, AxisSetup.RowPosition(i, rows), _style.CellFontSize, ChartColors.MutedInk, Alignment.MiddleLeft);
            none.LabelOffsetX = 6;
        }

        AxisSetup.Rows(plot, plot.Axes.Left, labels);
        AxisSetup.Rows(plot, plot.Axes.Right, totals);
        plot.Axes.Right.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [0, 0.2, 0.4, 0.6, 0.8, 1.0], ["0%", "20%", "40%", "60%", "80%", "100%"]);
        plot.XLabel($"share of {_itemNoun} (%)");
        plot.Axes.SetLimitsX(0, 1);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        var legend = plot.ShowLegend(Edge.Bottom);
        legend.Alignment = Alignment.UpperCenter;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.TightHorizontalWrapping = true;
        plot.Legend.FontSize = _style.LegendFontSize;
        plot.Legend.FontName = _style.FontName;
        plot.Legend.SymbolWidth = 22;
        plot.Legend.SymbolHeight = 16;
        return plot;
    }

    /// <summary>"source_type" → "Source type"; a term family ("family:abortion" in memory) → "Abortion (term family)".</summary>
    private static string MixName(string mix)
    {
        if (mix.Length == 0) return "Mix";
        const string familyPrefix = "family:";
        return mix.StartsWith(familyPrefix, StringComparison.Ordinal)
            ? ChartText.Humanise(mix[familyPrefix.Length..]) + " (term family)"
            : ChartText.Humanise(mix);
    }

    private int LegendRows(float width)
    {
        if (_categories.Count == 0) return 1;
        float itemWidths = 0;
        int rows = 1;
        foreach (var category in _categories)
        {
            float item = TextMeasure.Width(ChartText.Shorten(category, _style.MaxLabelLength), _style.LegendFontSize, _style.FontName) + 50;
            if (itemWidths + item > width && itemWidths > 0)
            {
                rows++;
                itemWidths = 0;
            }
            itemWidths += item;
        }
        return rows;
    }

    /// <summary>One outlet's shares of each category (normalised to sum to 1) and where each segment starts.</summary>
    private sealed record OutletMix(string Outlet, long Articles, double Total, double[] Shares, double[] Starts)
    {
        public static OutletMix From(string outlet, List<MixShare> rows, List<string> categories)
        {
            var counts = new double[categories.Count];
            var shares = new double[categories.Count];
            foreach (var row in rows)
            {
                int c = categories.IndexOf(row.Category);
                counts[c] += double.IsFinite(row.Count) ? Math.Max(row.Count, 0) : 0;
                shares[c] += double.IsFinite(row.Share) ? Math.Max(row.Share, 0) : 0;
            }
            double countSum = counts.Sum();
            double shareSum = shares.Sum();
            double[] normalised = countSum > 0 ? counts.Select(x => x / countSum).ToArray()
                : shareSum > 0 ? shares.Select(x => x / shareSum).ToArray()
                : new double[categories.Count];
            var starts = new double[categories.Count];
            for (int c = 1; c < categories.Count; c++) starts[c] = starts[c - 1] + normalised[c - 1];
            double total = countSum > 0 ? countSum : rows.Select(r => r.Total).Where(double.IsFinite).DefaultIfEmpty(0).Max();
            return new OutletMix(outlet, rows.Max(r => r.Articles), total, normalised, starts);
        }
    }
}
