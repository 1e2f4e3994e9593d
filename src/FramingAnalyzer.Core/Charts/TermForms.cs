namespace FramingAnalyzer.Charts;

/// <summary>
/// Groups inflected forms of a term under one head word, for charts: possessives ("regime's" → "regime") always, and
/// plurals ("terrorists" → "terrorist", "atrocities" → "atrocity", "crackdowns" → "crackdown") when the singular is
/// among the terms too, so that a plural with no singular beside it keeps its own spelling.
/// </summary>
public static class TermForms
{
    /// <summary>Each term's head word (every term is a key, heads map to themselves).</summary>
    public static Dictionary<string, string> Heads(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.Distinct(StringComparer.Ordinal).ToList();
        var bare = list.Select(StripPossessive).ToHashSet(StringComparer.Ordinal);
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string term in list)
        {
            string head = StripPossessive(term);
            if (head.EndsWith("ies", StringComparison.Ordinal) && bare.Contains(head[..^3] + "y")) head = head[..^3] + "y";
            else if (head.EndsWith("es", StringComparison.Ordinal) && bare.Contains(head[..^2])) head = head[..^2];
            else if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && bare.Contains(head[..^1])) head = head[..^1];
            heads[term] = head;
        }
        return heads;
    }

    /// <summary>The forms behind each head word that has more than one, head words and forms in ordinal order.</summary>
    public static List<(string Head, List<string> Forms)> Groups(IReadOnlyDictionary<string, string> heads) =>
        heads.GroupBy(h => h.Value, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(h => h.Key).Order(StringComparer.Ordinal).ToList()))
            .ToList();

    private static string StripPossessive(string term)
    {
        foreach (string suffix in (string[])["'s", "’s"])
        {
            if (term.Length > suffix.Length + 1 && term.EndsWith(suffix, StringComparison.Ordinal)) return term[..^suffix.Length];
        }
        if (term.Length > 3 && (term.EndsWith("s'", StringComparison.Ordinal) || term.EndsWith("s’", StringComparison.Ordinal))) return term[..^1];
        return term;
    }
}
