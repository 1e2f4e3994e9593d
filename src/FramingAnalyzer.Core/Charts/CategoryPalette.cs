using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Colours for categories (outlets, source types, stances). The first eight are the Okabe–Ito colour-blind-safe set,
/// the next four come from Paul Tol's muted scheme; past twelve the colours repeat, lighter then darker, and told apart
/// by a hatch pattern (filled shapes) or a marker shape (points). The lightness shift matters in SVG, where ScottPlot's
/// export drops hatch patterns.
/// </summary>
public sealed class CategoryPalette
{
    private static readonly IHatch[] RepeatHatches =
    [
        new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp),
        new ScottPlot.Hatches.Dots(),
        new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalDown),
        new ScottPlot.Hatches.Checker(),
    ];

    private static readonly MarkerShape[] RepeatMarkers =
    [
        MarkerShape.FilledCircle,
        MarkerShape.FilledSquare,
        MarkerShape.FilledTriangleUp,
        MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown,
    ];

    /// <summary>Okabe–Ito (orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black) then Tol muted indigo, wine, olive, rose.</summary>
    public static CategoryPalette ColourBlindSafe { get; } = new(Color.FromHex(
    [
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
        "#332288", "#882255", "#999933", "#CC6677",
    ]));

    public CategoryPalette(IReadOnlyList<Color> colors)
    {
        ArgumentNullException.ThrowIfNull(colors);
        if (colors.Count == 0) throw new ArgumentException("A palette needs at least one colour.", nameof(colors));
        Colors = colors;
    }

    public IReadOnlyList<Color> Colors { get; }

    /// <summary>The fill colour of the category at <paramref name="index"/> (0-based); after <see cref="Colors"/> they repeat lighter, then darker.</summary>
    public Color ColorOf(int index)
    {
        int cycle = Cycle(index);
        var color = Colors[index % Colors.Count];
        if (cycle == 0) return color;
        return cycle % 2 == 1
            ? color.MixedWith(ScottPlot.Colors.White, 0.45)
            : color.MixedWith(ScottPlot.Colors.Black, 0.35);
    }

    /// <summary>No hatch for the first round of colours; a different hatch for each later round.</summary>
    public IHatch? HatchOf(int index)
    {
        int cycle = Cycle(index);
        return cycle == 0 ? null : RepeatHatches[(cycle - 1) % RepeatHatches.Length];
    }

    /// <summary>The hatch line colour that shows on <paramref name="fill"/>: white on dark fills, black on light ones.</summary>
    public static Color HatchColorOn(Color fill) => ChartColors.TextOn(fill).WithAlpha(0.55);

    /// <summary>Circles for the first round of colours; a different filled marker for each later round.</summary>
    public MarkerShape MarkerOf(int index) => RepeatMarkers[Cycle(index) % RepeatMarkers.Length];

    private int Cycle(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index / Colors.Count;
    }
}
