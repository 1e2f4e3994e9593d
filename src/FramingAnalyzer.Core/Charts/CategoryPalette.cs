using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Colours for categories (outlets, source types, stances), chosen for projection and colour-vision deficiency: eight
/// colours, each at least 3:1 in contrast against the white background (WCAG's floor for graphics, so thin lines and
/// small markers survive a washed-out projector), and still told apart when simulated for protanopia, deuteranopia and
/// tritanopia (<see cref="ColourVision"/>). They are Okabe–Ito blue, vermillion, bluish green and a darkened reddish
/// purple, Paul Tol's wine and indigo, a dark sand and black. Past eight the colours repeat, darker then lighter, told
/// apart by a hatch pattern (filled shapes); points also change marker shape per category. The lightness shift
/// matters in SVG, where ScottPlot's export drops hatch patterns.
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

    /// <summary>Filled shapes, one per category in turn (so points differ by shape as well as colour).</summary>
    private static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle,
        MarkerShape.FilledSquare,
        MarkerShape.FilledTriangleUp,
        MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown,
        MarkerShape.OpenCircle,
        MarkerShape.OpenSquare,
        MarkerShape.OpenTriangleUp,
        MarkerShape.OpenDiamond,
        MarkerShape.Cross,
        MarkerShape.Eks,
    ];

    /// <summary>Blue, vermillion, bluish green, wine, dark sand, indigo, reddish purple, black.</summary>
    public static CategoryPalette ColourBlindSafe { get; } = new(Color.FromHex(
    [
        "#0072B2", "#D55E00", "#009E73", "#882255", "#9B8F53", "#332288", "#C675A2", "#000000",
    ]));

    public CategoryPalette(IReadOnlyList<Color> colors)
    {
        ArgumentNullException.ThrowIfNull(colors);
        if (colors.Count == 0) throw new ArgumentException("A palette needs at least one colour.", nameof(colors));
        Colors = colors;
    }

    public IReadOnlyList<Color> Colors { get; }

    /// <summary>The fill colour of the category at <paramref name="index"/> (0-based); after <see cref="Colors"/> they repeat darker (keeping their contrast against white), then lighter.</summary>
    public Color ColorOf(int index)
    {
        int cycle = Cycle(index);
        var color = Colors[index % Colors.Count];
        if (cycle == 0) return color;
        return cycle % 2 == 1
            ? color.MixedWith(ScottPlot.Colors.Black, 0.3)
            : color.MixedWith(ScottPlot.Colors.White, 0.35);
    }

    /// <summary>No hatch for the first round of colours; a different hatch for each later round.</summary>
    public IHatch? HatchOf(int index)
    {
        int cycle = Cycle(index);
        return cycle == 0 ? null : RepeatHatches[(cycle - 1) % RepeatHatches.Length];
    }

    /// <summary>The hatch line colour that shows on <paramref name="fill"/>: white on dark fills, black on light ones.</summary>
    public static Color HatchColorOn(Color fill) => ChartColors.TextOn(fill).WithAlpha(0.55);

    /// <summary>A different marker shape for each category in turn (circle, square, triangle, diamond, ...), repeating after eleven.</summary>
    public MarkerShape MarkerOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Markers[index % Markers.Length];
    }

    /// <summary>Whether <see cref="MarkerOf"/> gives an outline shape (drawn with a thicker line, no fill).</summary>
    public static bool IsOpen(MarkerShape shape) => shape is MarkerShape.OpenCircle or MarkerShape.OpenSquare
        or MarkerShape.OpenTriangleUp or MarkerShape.OpenDiamond or MarkerShape.Cross or MarkerShape.Eks;

    private int Cycle(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index / Colors.Count;
    }
}
