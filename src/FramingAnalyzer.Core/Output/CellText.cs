using System.Globalization;

namespace FramingAnalyzer.Output;

/// <summary>Formatting shared by every table: numbers rounded to six decimals, text made safe for spreadsheets.</summary>
public static class CellText
{
    /// <summary>A sentence cell as sentences.csv shows it: counts as integers, probabilities to four decimals, flags as true/false.</summary>
    public static string Format(Analysis.SentenceCell cell) => cell.Kind switch
    {
        Analysis.SentenceCellKind.Empty => "",
        Analysis.SentenceCellKind.Text => NeutraliseFormula(cell.Text),
        Analysis.SentenceCellKind.Count => ((long)cell.Number).ToString(CultureInfo.InvariantCulture),
        Analysis.SentenceCellKind.Probability => cell.Number.ToString("0.####", CultureInfo.InvariantCulture),
        Analysis.SentenceCellKind.Flag => cell.Number != 0 ? "true" : "false",
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "";
        double rounded = Math.Round(value, 6, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        return rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }

    /// <summary>Prefixes a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) with an apostrophe.</summary>
    public static string NeutraliseFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
