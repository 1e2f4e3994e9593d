namespace FramingAnalyzer.Charts;

/// <summary>
/// Readable names for the category codes of the mix tables (source types, affiliations, verb stances, loaded-term
/// categories): "ngo_intl" → "NGOs and international bodies", "civil_society" → "Civil society". Codes the table does not
/// know are humanised ("armed_group" → "Armed group"); a short code without vowels (an abbreviation such as "nvf") is
/// written in capitals. The codes themselves stay in the CSV tables.
/// </summary>
public static class CategoryLabels
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        // source_type
        ["official"] = "Officials",
        ["political"] = "Politicians and parties",
        ["armed_group"] = "Armed groups",
        ["expert"] = "Experts",
        ["ngo_intl"] = "NGOs and international bodies",
        ["citizen"] = "Citizens",
        ["media"] = "Media",
        ["document"] = "Documents",
        ["business"] = "Business",
        ["unknown"] = "Unknown",
        // affiliation
        ["government"] = "Government",
        ["opposition"] = "Opposition",
        ["civil_society"] = "Civil society",
        ["international"] = "International",
        ["independent"] = "Independent",
        ["civilians"] = "Civilians",
    };

    public static string Readable(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        string flat = ChartText.Flatten(code);
        if (Known.TryGetValue(flat, out var label)) return label;
        if (flat.Length is >= 2 and <= 5 && flat.All(char.IsAsciiLetter) && !flat.Any(c => "aeiouyAEIOUY".Contains(c))) return flat.ToUpperInvariant();
        return ChartText.Humanise(flat);
    }
}
