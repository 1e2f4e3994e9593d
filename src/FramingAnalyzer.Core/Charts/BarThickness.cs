namespace FramingAnalyzer.Charts;

/// <summary>Bar thickness in row units: most of the row, but never fatter than about 56 pixels when there are few rows.</summary>
internal static class BarThickness
{
    private const double Share = 0.68;
    private const double MaxPixels = 56;

    public static double ForRows(int rows, ChartSize size, ChartStyle style, int reservedHeight = 230)
    {
        double rowPixels = Math.Max(size.Height - reservedHeight, style.RowPixels) / (double)Math.Max(rows, 1);
        return Math.Min(Share, MaxPixels / rowPixels);
    }
}
