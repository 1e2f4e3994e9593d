using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>
/// Measures for choosing chart colours: WCAG contrast ratio between two colours, and how far apart two colours look
/// (CIE 1976 ΔE in L*a*b*) to normal vision and to protanopia, deuteranopia and tritanopia, simulated with the
/// Machado, Oliveira and Fernandes (2009) matrices at full severity, applied to linear RGB.
/// </summary>
public static class ColourVision
{
    public enum Vision { Normal, Protanopia, Deuteranopia, Tritanopia }

    private static readonly Dictionary<Vision, double[,]> Simulations = new()
    {
        [Vision.Normal] = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
        [Vision.Protanopia] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
        [Vision.Deuteranopia] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
        [Vision.Tritanopia] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
    };

    /// <summary>The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).</summary>
    public static double Contrast(Color a, Color b)
    {
        double la = RelativeLuminance(a), lb = RelativeLuminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>WCAG relative luminance (0 black to 1 white).</summary>
    public static double RelativeLuminance(Color color) =>
        0.2126 * Linear(color.R) + 0.7152 * Linear(color.G) + 0.0722 * Linear(color.B);

    /// <summary>ΔE between two colours as seen with <paramref name="vision"/>.</summary>
    public static double Difference(Color a, Color b, Vision vision)
    {
        var (l1, a1, b1) = Lab(Simulate(a, vision));
        var (l2, a2, b2) = Lab(Simulate(b, vision));
        return Math.Sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
    }

    /// <summary>The smallest ΔE between any two of <paramref name="colors"/> under any of the four visions.</summary>
    public static double SmallestDifference(IReadOnlyList<Color> colors)
    {
        double smallest = double.PositiveInfinity;
        foreach (var vision in Enum.GetValues<Vision>())
        {
            for (int i = 0; i < colors.Count; i++)
            {
                for (int j = i + 1; j < colors.Count; j++) smallest = Math.Min(smallest, Difference(colors[i], colors[j], vision));
            }
        }
        return smallest;
    }

    private static double[] Simulate(Color color, Vision vision)
    {
        var m = Simulations[vision];
        double r = Linear(color.R), g = Linear(color.G), b = Linear(color.B);
        var result = new double[3];
        for (int i = 0; i < 3; i++) result[i] = Math.Clamp(m[i, 0] * r + m[i, 1] * g + m[i, 2] * b, 0, 1);
        return result;
    }

    private static (double L, double A, double B) Lab(double[] rgb)
    {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : 7.787 * t + 16.0 / 116;
        double fx = F(x), fy = F(y), fz = F(z);
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    private static double Linear(byte channel)
    {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
