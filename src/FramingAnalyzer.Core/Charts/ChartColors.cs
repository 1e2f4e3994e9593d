using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>The fixed colours and colour scales the charts share (all readable with the common colour-vision deficiencies).</summary>
public static class ChartColors
{
    public static Color Background { get; } = Colors.White;

    /// <summary>Text, axes and error bars.</summary>
    public static Color Ink { get; } = Color.FromHex("#222222");

    /// <summary>Secondary text (subtitles, notes).</summary>
    public static Color MutedInk { get; } = Color.FromHex("#555555");

    /// <summary>Grid lines and panel backgrounds.</summary>
    public static Color Grid { get; } = Color.FromHex("#E3E3E3");

    public static Color PanelBackground { get; } = Color.FromHex("#F4F4F4");

    /// <summary>Cells without a value (matrix diagonals, missing pairs).</summary>
    public static Color Missing { get; } = Color.FromHex("#D9D9D9");

    /// <summary>
    /// Single-series bars: a mid blue at 3.2:1 against white (so a bar survives a projector) and light enough that the
    /// black interval lines drawn over it stay visible (6.5:1).
    /// </summary>
    public static Color Bar { get; } = Color.FromHex("#4897C4");

    /// <summary>Reference lines (averages).</summary>
    public static Color Reference { get; } = Color.FromHex("#D55E00");

    /// <summary>Light yellow to dark blue, for rates and counts (low = light).</summary>
    public static IColormap Sequential { get; } = new ScottPlot.Colormaps.CustomInterpolated(Color.FromHex(
        ["#FFFFD9", "#C7E9B4", "#7FCDBB", "#41B6C4", "#1D91C0", "#225EA8", "#0C2C84"]));

    /// <summary>Blue (negative) through near-white (zero) to orange (positive), for signed differences.</summary>
    public static IColormap Diverging { get; } = new ScottPlot.Colormaps.CustomInterpolated(Color.FromHex(
        ["#084594", "#4292C6", "#9ECAE1", "#F7F7F7", "#FDBE85", "#F16913", "#8C2D04"]));

    /// <summary>Black or white, whichever reads better on <paramref name="fill"/>.</summary>
    public static Color TextOn(Color fill)
    {
        double luminance = (0.2126 * Linear(fill.R) + 0.7152 * Linear(fill.G) + 0.0722 * Linear(fill.B)) * fill.A / 255.0
            + (1 - fill.A / 255.0);
        return luminance > 0.179 ? Ink : Colors.White;
    }

    private static double Linear(byte channel)
    {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
