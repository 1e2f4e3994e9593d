using ScottPlot;

namespace FramingAnalyzer.Charts;

/// <summary>Measures text in pixels with the same font engine ScottPlot draws with, so layouts can reserve room for labels.</summary>
internal static class TextMeasure
{
    private static readonly Lock Gate = new();

    /// <summary>The width in pixels of the widest line of <paramref name="text"/>.</summary>
    public static float Width(string text, float fontSize, string fontName, bool bold = false)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var style = new LabelStyle { FontName = fontName, FontSize = fontSize, Bold = bold };
        lock (Gate)
        {
            using var paint = Paint.NewDisposablePaint();
            return text.Split('\n').Max(line => line.Length == 0 ? 0 : style.Measure(line, paint).Width);
        }
    }

    /// <summary>The widest of <paramref name="texts"/> in pixels (0 when there are none).</summary>
    public static float MaxWidth(IEnumerable<string> texts, float fontSize, string fontName, bool bold = false) =>
        texts.Select(text => Width(text, fontSize, fontName, bold)).DefaultIfEmpty(0).Max();

    /// <summary>The height in pixels of one line of text at <paramref name="fontSize"/>.</summary>
    public static float LineHeight(float fontSize) => fontSize * 1.25f;
}
