using FramingAnalyzer.Statistics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace FramingAnalyzer.Charts;

/// <summary>
/// A mix (source types, verb stances, affiliations, one term family's choices) as 100% stacked horizontal bars:
/// one bar per outlet ("Outlet (n=12)"), one coloured segment per category in table order, the percentage printed in
/// segments wide enough to hold it, the number of items counted at the right, and the legend below the plot with
/// readable category names (<see cref="CategoryLabels"/>). Outlets are in the alphabetical order every chart uses.
/// Categories no outlet used are left out of the legend; an outlet with fewer than <c>minimumItems</c> items has its bar
/// drawn pale and without percentages, and the subtitle says so.
/// </summary>
public sealed class MixChart : IChart
{
    private readonly string _mix;
    private readonly string _itemNoun;
    private readonly List<string> _categories;
    private readonly List<OutletMix> _outlets;
    private readonly ChartStyle _style;
    private readonly int _reservedHeight;
    private readonly int _minimumItems;

    /// <param name="rows">Mix-table rows; only those of <paramref name="mix"/> are used.</param>
    /// <param name="mix">The mix (or term family) to draw; null takes the first mix in <paramref name="rows"/>.</param>
    /// <param name="itemNoun">What is counted, plural ("attributions", "quotes", "term uses"), for the title and labels.</param>
    /// <param name="minimumItems">Outlets with fewer items than this get a pale bar (shares of a handful of items say little).</param>
    public MixChart(IEnumerable<MixShare> rows, string? mix = null, string itemNoun = "items", ChartStyle? style = null, int minimumItems = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumItems);
        _minimumItems = minimumItems;
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemNoun);
        _style = style ?? ChartStyle.Default;
        _itemNoun = itemNoun;
        var list = rows.ToList();
        _mix = mix ?? list.FirstOrDefault()?.Mix ?? "";
        var selected = list.Where(r => r.Mix == _mix).ToList();
        var allCategories = selected.Select(r => r.Category).Distinct(StringComparer.Ordinal).ToList();
        var outlets = selected.GroupBy(r => r.Outlet, StringComparer.Ordinal)
            .Select(g => OutletMix.From(g.Key, g.ToList(), allCategories))
            .OrderBy(o => o.Outlet, OutletOrder.Comparer)
            .ToList();
        // A category no outlet used adds a legend entry with nothing to find in the chart.
        var used = allCategories.Select((_, c) => outlets.Any(o => o.Shares[c] > 0)).ToList();
        _categories = allCategories.Where((_, c) => used[c]).ToList();
        _outlets = outlets.Select(o => o.Keep(used)).ToList();

        Title = $"{MixName(_mix)}: share of {itemNoun} by outlet";
        int legendRows = LegendRows(_style.Width - 80);
        _reservedHeight = 250 + legendRows * (int)TextMeasure.LineHeight(_style.LegendFontSize + 6);
        Size = _style.SizeForRows(_outlets.Count, _reservedHeight);
    }

    public string Title { get; }

    public ChartSize Size { get; }

    public Plot Build()
    {
        string subtitle = $"Each bar is 100% of the outlet's {_itemNoun}; n = articles; right: number of {_itemNoun}; {OutletOrder.Phrase}";
        if (_outlets.Any(IsSmall)) subtitle += $"; pale bars: fewer than {_minimumItems} {_itemNoun}, too few for reliable shares";
        if (_outlets.Count == 0 || _categories.Count == 0) return NoDataChart.Build(_style, Size, Title, subtitle);

        var plot = new Plot();
        _style.Apply(plot, Size, Title, subtitle);
        int rows = _outlets.Count;
        var labels = _outlets.Select(o => ChartText.OutletLabel(o.Outlet, o.Articles, _style.MaxLabelLength)).ToList();
        var totals = _outlets.Select(o => ChartText.Count((long)Math.Round(o.Total))).ToList();
        var small = _outlets.Select(IsSmall).ToList();
        float dataPixels = Size.Width - AxisSetup.LabelColumnWidth(labels, _style) - AxisSetup.LabelColumnWidth(totals, _style) - 30;
        double barSize = BarThickness.ForRows(rows, Size, _style, _reservedHeight);
        var texts = new List<(string Text, double X, double Y, Color Color)>();

        for (int c = 0; c < _categories.Count; c++)
        {
            var fullFill = _style.Palette.ColorOf(c);
            var hatch = _style.Palette.HatchOf(c);
            var bars = new List<Bar>();
            for (int i = 0; i < rows; i++)
            {
                var outlet = _outlets[i];
                double share = outlet.Shares[c];
                if (!(share > 0)) continue;
                double start = outlet.Starts[c];
                double y = AxisSetup.RowPosition(i, rows);
                var fill = small[i] ? Pale(fullFill) : fullFill;
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
                if (share * dataPixels >= textWidth && hatch is null && !small[i]) texts.Add((text, start + share / 2, y, ChartColors.TextOn(fill)));
            }
            if (bars.Count > 0) plot.Add.Bars(bars).Horizontal = true;

            var item = new LegendItem { LabelText = LegendLabel(_categories[c]), FillColor = fullFill, OutlineColor = ChartColors.MutedInk, OutlineWidth = 0.5f };
            if (hatch is not null)
            {
                item.FillHatch = hatch;
                item.FillHatchColor = CategoryPalette.HatchColorOn(fullFill);
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

    private bool IsSmall(OutletMix outlet) => outlet.Total > 0 && outlet.Total < _minimumItems;

    /// <summary>A fill mixed two thirds of the way to white: the same hue, visibly less certain.</summary>
    private static Color Pale(Color fill) => fill.MixedWith(Colors.White, 0.65);

    /// <summary>Term-family choices are the words themselves ("regime"); other mixes have codes made readable.</summary>
    private string LegendLabel(string category) => ChartText.Shorten(
        _mix.StartsWith("family:", StringComparison.Ordinal) ? category : CategoryLabels.Readable(category), _style.MaxLabelLength);

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
            float item = TextMeasure.Width(LegendLabel(category), _style.LegendFontSize, _style.FontName) + 50;
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

        /// <summary>The same outlet with only the categories where <paramref name="keep"/> is true.</summary>
        public OutletMix Keep(IReadOnlyList<bool> keep)
        {
            var shares = Shares.Where((_, c) => keep[c]).ToArray();
            var starts = new double[shares.Length];
            for (int c = 1; c < shares.Length; c++) starts[c] = starts[c - 1] + shares[c - 1];
            return this with { Shares = shares, Starts = starts };
        }
    }
}
