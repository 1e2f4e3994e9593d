using System.Globalization;

namespace FramingAnalyzer.Output;

/// <summary>Formatting shared by every table: numbers rounded to six decimals, text made safe for spreadsheets.</summary>
public static class CellText
{
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
