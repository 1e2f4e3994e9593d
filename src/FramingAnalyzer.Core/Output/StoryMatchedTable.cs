using FramingAnalyzer.Statistics;

namespace FramingAnalyzer.Output;

/// <summary>story_matched.csv: outlets compared on the stories both covered.</summary>
public static class StoryMatchedTable
{
    public static readonly string[] Columns = ["metric", "outlet_a", "outlet_b", "stories", "mean_diff", "ci_low", "ci_high", "p_value", "p_adjusted"];

    public static void Write(string path, IEnumerable<StoryMatchedRow> rows)
    {
        using var table = new TableWriter(path, Columns);
        foreach (var r in rows)
        {
            table.Text(r.Metric).Text(r.OutletA).Text(r.OutletB).Integer(r.Stories).Number(r.MeanDiff).Number(r.DiffCi.Low)
                .Number(r.DiffCi.High).Number(r.PValue).Number(r.PAdjusted);
            table.EndRow();
        }
    }
}
