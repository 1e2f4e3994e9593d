namespace FramingAnalyzer.Loaded;

/// <summary>
/// Pooled precision, recall and F1 of reported loaded words against marked ones, sentence by sentence: precision is the
/// share of reported words that match a marked word of their sentence, recall the share of marked words matched by a
/// reported one. Two words match when equal, or when both have five letters or more and share the first five
/// (inflections: slammed / slamming). The same rule as <c>tests/real-data/evaluate-babe-words.sh</c>.
/// </summary>
public static class LoadedWordScore
{
    public readonly record struct Result(double Precision, double Recall, double F1, int Reported, int Marked);

    public static Result Score(IEnumerable<(IReadOnlyCollection<string> Reported, IReadOnlyCollection<string> Marked)> sentences)
    {
        int reported = 0, rightReported = 0, marked = 0, found = 0;
        foreach (var (words, gold) in sentences)
        {
            reported += words.Count;
            rightReported += words.Count(w => gold.Any(m => Match(w, m)));
            marked += gold.Count;
            found += gold.Count(m => words.Any(w => Match(m, w)));
        }
        double p = reported == 0 ? 0 : (double)rightReported / reported;
        double r = marked == 0 ? 0 : (double)found / marked;
        return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), reported, marked);
    }

    public static bool Match(string a, string b) => a == b || (a.Length >= 5 && b.Length >= 5 && a.AsSpan(0, 5).SequenceEqual(b.AsSpan(0, 5)));

    /// <summary>The single lower-case words of a cell of loaded_terms or loaded_words ("word (0.31); two words").</summary>
    public static HashSet<string> Words(string? cell)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in (cell ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int bracket = item.LastIndexOf(" (", StringComparison.Ordinal);
            var phrase = bracket > 0 && item.EndsWith(')') ? item[..bracket] : item;
            foreach (var word in phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var trimmed = word.Trim('.', ',', ':', ';', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')');
                if (trimmed.Length > 0) words.Add(trimmed);
            }
        }
        return words;
    }
}
