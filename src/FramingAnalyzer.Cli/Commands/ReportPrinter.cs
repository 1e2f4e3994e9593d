using System.Globalization;
using FramingAnalyzer.Learning;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>Prints a classification report as a small aligned table.</summary>
internal static class ReportPrinter
{
    public static void Print(TextWriter output, ClassificationReport report)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  accuracy {report.Accuracy:0.000}  macro-F1 {report.MacroF1:0.000}  ({report.Examples} examples)"));
        output.WriteLine($"  {"class",-20} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
        foreach (var c in report.Classes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Label,-20} {c.Precision,9:0.000} {c.Recall,9:0.000} {c.F1,9:0.000} {c.Support,8}"));
        }
    }
}
