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

    /// <summary><see cref="FormatNumber(double)"/> into <paramref name="destination"/>; false when it is too short.</summary>
    public static bool TryFormatNumber(double value, Span<char> destination, out int written)
    {
        written = 0;
        if (double.IsNaN(value) || double.IsInfinity(value)) return true;
        double rounded = Math.Round(value, 6, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            if (destination.Length == 0) return false;
            destination[0] = '0';
            written = 1;
            return true;
        }
        return rounded.TryFormat(destination, out written, "0.######", CultureInfo.InvariantCulture);
    }

    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "";
        double rounded = Math.Round(value, 6, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        return rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }

    /// <summary>Prefixes a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) with an apostrophe.</summary>
    public static string NeutraliseFormula(string value) => NeedsFormulaGuard(value) ? "'" + value : value;

    /// <summary>Whether a spreadsheet would run the cell as a formula (it starts with =, +, -, @, tab or CR).</summary>
    public static bool NeedsFormulaGuard(ReadOnlySpan<char> value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
