namespace FramingAnalyzer.Charts;

/// <summary>
/// Widens a horizontal value range so value labels printed past the ends of bars fit inside the data area:
/// <paramref name="leftPixels"/>/<paramref name="rightPixels"/> of text beyond <paramref name="low"/>/<paramref name="high"/>,
/// in a data area <paramref name="dataPixels"/> wide.
/// </summary>
internal static class BarLabelRoom
{
    public static (double Low, double High) Widen(double low, double high, float leftPixels, float rightPixels, float dataPixels)
    {
        if (!(high > low)) high = low + 1;
        double usable = Math.Max(dataPixels - leftPixels - rightPixels, dataPixels * 0.3);
        double perPixel = (high - low) / usable;
        return (low - leftPixels * perPixel, high + rightPixels * perPixel);
    }
}
