namespace FramingAnalyzer.Charts;

/// <summary>Widens a horizontal value range so value labels printed beside bars fit inside the data area.</summary>
internal static class BarLabelRoom
{
    /// <summary>
    /// <paramref name="leftPixels"/>/<paramref name="rightPixels"/> of text beyond <paramref name="low"/>/<paramref name="high"/>,
    /// in a data area <paramref name="dataPixels"/> wide.
    /// </summary>
    public static (double Low, double High) Widen(double low, double high, float leftPixels, float rightPixels, float dataPixels)
    {
        if (!(high > low)) high = low + 1;
        double usable = Math.Max(dataPixels - leftPixels - rightPixels, dataPixels * 0.3);
        double perPixel = (high - low) / usable;
        return (low - leftPixels * perPixel, high + rightPixels * perPixel);
    }

    /// <summary>
    /// The smallest range holding [<paramref name="low"/>, <paramref name="high"/>] and every label that starts at a bar's
    /// end: <c>Width</c> pixels to the right of <c>Value</c> (to the left when negative). Solved by fixed-point iteration,
    /// since the pixels per unit depend on the range being sought.
    /// </summary>
    public static (double Low, double High) Fit(double low, double high, IReadOnlyList<(double Value, float Width)> labels, float dataPixels)
    {
        if (!(high > low)) high = low + 1;
        double left = low, right = high;
        for (int iteration = 0; iteration < 50; iteration++)
        {
            double perPixel = (right - left) / Math.Max(dataPixels, 1);
            double newLeft = low, newRight = high;
            foreach (var (value, width) in labels)
            {
                if (width >= 0) newRight = Math.Max(newRight, value + width * perPixel);
                else newLeft = Math.Min(newLeft, value + width * perPixel);
            }
            if (Math.Abs(newRight - right) < 1e-12 && Math.Abs(newLeft - left) < 1e-12) break;
            (left, right) = (newLeft, newRight);
        }
        // The fixed point can be approached from below: add a hair so the last label is not on the frame.
        double pad = (right - left) * 0.01;
        return (left < low ? left - pad : left, right + pad);
    }
}
