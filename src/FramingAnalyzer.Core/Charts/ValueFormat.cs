using System.Globalization;

namespace FramingAnalyzer.Charts;

/// <summary>Numbers as charts print them: shares as percentages, other values with three significant digits.</summary>
internal static class ValueFormat
{
    /// <summary>A value label: "23.4%" for shares, "0.0123", "1.23", "123", "12,345" otherwise; "n/a" for NaN.</summary>
    public static string Value(double value, bool share)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "n/a";
        return share ? Percent(value) : Number(value);
    }

    /// <summary>
    /// One format for every value label of a chart, so that labels side by side have the same decimals: whole
    /// percentages for shares (one decimal when every share is below 10%), and for other values the decimals the
    /// largest needs (none from 100, one from 1, two from 0.1, three below). "n/a" for NaN.
    /// </summary>
    public static Func<double, string> Uniform(IEnumerable<double> values, bool share)
    {
        double largest = values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        string format = share
            ? largest * 100 < 9.95 ? "0.0" : "0"
            : largest >= 99.95 ? "#,0" : largest >= 0.995 ? "#,0.0" : largest >= 0.0995 ? "0.00" : "0.000";
        int decimals = format.Contains('.', StringComparison.Ordinal) ? format.Length - format.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return value =>
        {
            if (!double.IsFinite(value)) return "n/a";
            double shown = Math.Round(share ? value * 100 : value, decimals, MidpointRounding.AwayFromZero);
            if (shown == 0) shown = 0;
            string text = shown.ToString(format, CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);
            return share ? text + "%" : text;
        };
    }

    /// <summary>
    /// A short signed difference for matrix cells, two significant digits ("+1.2", "−0.034", "+27"); for shares in
    /// percentage points without a % sign ("+2.3"). Differences that round to zero have no sign.
    /// </summary>
    public static string Signed(double value, bool share)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "";
        double shown = share ? value * 100 : value;
        double magnitude = Math.Abs(shown);
        string format = magnitude >= 9.95 ? "0" : magnitude >= 0.995 ? "0.0" : magnitude >= 0.0995 ? "0.00" : share ? "0.0" : "0.000";
        string text = magnitude.ToString(format, CultureInfo.InvariantCulture);
        if (text.Trim('0', '.').Length == 0) return text;
        return (shown < 0 ? "−" : "+") + text;
    }

    /// <summary>A colour-bar or axis tick for a difference of shares, in percentage points ("−10", "0", "+10").</summary>
    public static string PointsTick(double share)
    {
        double points = Math.Round(share * 100, 6);
        if (points == 0) return "0";
        return (points < 0 ? "−" : "+") + Math.Abs(points).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>An axis tick label: percentages without needless decimals for shares, compact numbers otherwise.</summary>
    public static string Tick(double value, bool share)
    {
        if (Math.Abs(value) < 1e-12) value = 0;
        if (!share) return Number(value);
        double percent = value * 100;
        string format = Math.Abs(percent - Math.Round(percent)) < 1e-9 ? "0" : "0.##";
        return percent.ToString(format, CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>
    /// A rate in a heatmap cell, with one decimal in every cell so that cells side by side read alike ("0.5", "8.1",
    /// "27.6"): "0" for none, "&lt;0.1" for a rate that is not zero but rounds to it, "" for NaN.
    /// </summary>
    public static string Rate(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "";
        if (value == 0) return "0";
        if (Math.Abs(value) < 0.05) return "<0.1";
        return value.ToString("#,0.0", CultureInfo.InvariantCulture);
    }

    private static string Percent(double share)
    {
        double percent = share * 100;
        double magnitude = Math.Round(Math.Abs(percent), 1);
        string format = magnitude == 0 ? "0" : magnitude >= 10 ? "0" : magnitude >= 1 ? "0.0" : "0.0#";
        return percent.ToString(format, CultureInfo.InvariantCulture) + "%";
    }

    private static string Number(double value)
    {
        double magnitude = Math.Abs(value);
        string format = magnitude == 0 ? "0"
            : magnitude >= 1000 ? "#,0"
            : magnitude >= 100 ? "0"
            : magnitude >= 10 ? "0.#"
            : magnitude >= 1 ? "0.##"
            : magnitude >= 0.01 ? "0.###"
            : "0.####";
        string text = value.ToString(format, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text.Replace("-", "−", StringComparison.Ordinal);
    }

}
