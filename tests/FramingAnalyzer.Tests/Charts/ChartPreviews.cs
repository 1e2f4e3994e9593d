using FramingAnalyzer.Charts;

namespace FramingAnalyzer.Tests.Charts;

/// <summary>
/// Where chart tests save their images: the folder in CHART_PREVIEW_DIR, else chart-previews in the temporary folder
/// (overwritten on each run). Keeping the previews lets a person look at every rendered chart.
/// </summary>
internal static class ChartPreviews
{
    public static string Folder()
    {
        string? configured = Environment.GetEnvironmentVariable("CHART_PREVIEW_DIR");
        string folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(Path.GetTempPath(), "chart-previews") : configured;
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Saves the chart under <paramref name="name"/> and checks both files exist, are non-empty and have the chart's size.</summary>
    public static ChartFile SaveAndCheck(IChart chart, string folder, string name)
    {
        var file = ChartSaver.Save(chart, Path.Combine(folder, name));
        Assert.True(new FileInfo(file.PngPath).Length > 1000, $"{file.PngPath} is empty or tiny");
        Assert.True(new FileInfo(file.SvgPath).Length > 1000, $"{file.SvgPath} is empty or tiny");
        var (width, height) = PngDimensions.Read(file.PngPath);
        Assert.Equal(chart.Size.Width, width);
        Assert.Equal(chart.Size.Height, height);
        return file;
    }
}
