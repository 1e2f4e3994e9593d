using System.Globalization;
using System.Text;

namespace FramingAnalyzer.Charts;

/// <summary>Text shown on charts: outlet labels with article counts, shortened and wrapped names, headline phrases.</summary>
internal static class ChartText
{
    public const string NoData = "No data";

    /// <summary>"Outlet (n=1,234)", the outlet shortened to <paramref name="maxLength"/> characters.</summary>
    public static string OutletLabel(string outlet, long articles, int maxLength) =>
        $"{Shorten(outlet, maxLength)} (n={Count(articles)})";

    /// <summary>A count with thousands separators ("1,234"), invariant culture.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The text cut to <paramref name="maxLength"/> characters with an ellipsis; line breaks become spaces.</summary>
    public static string Shorten(string text, int maxLength)
    {
        string flat = Flatten(text);
        if (flat.Length <= maxLength || maxLength < 2) return flat;
        return flat[..(maxLength - 1)].TrimEnd() + "…";
    }

    /// <summary>Replaces control characters and line breaks with spaces and trims the ends.</summary>
    public static string Flatten(string text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (char c in text) builder.Append(char.IsControl(c) ? ' ' : c);
        return builder.ToString().Trim();
    }

    /// <summary>"source_type" → "Source type".</summary>
    public static string Humanise(string key)
    {
        string spaced = Flatten(key).Replace('_', ' ').Replace('-', ' ').Trim();
        if (spaced.Length == 0) return key;
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    /// <summary>A description as a title phrase: the first sentence, without parenthetical detail or the final full stop.</summary>
    public static string Headline(string description, string fallbackKey)
    {
        string text = Flatten(description);
        int paren = text.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0) text = text[..paren];
        text = text.TrimEnd('.', ' ', ':', ';');
        return text.Length == 0 ? Humanise(fallbackKey) : text;
    }

    /// <summary>Lower-cases the first letter so a phrase can continue a sentence ("Share of words" → "share of words").</summary>
    public static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static readonly HashSet<string> Relations = new(StringComparer.Ordinal) { "=", "<", ">", "≤", "≥" };

    /// <summary>The words to wrap, with "n = articles" and "p < 0.05" kept whole: a relation sign is never split from its sides.</summary>
    private static List<string> Unbreakable(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            if (Relations.Contains(words[i]) && joined.Count > 0 && i + 1 < words.Length)
            {
                joined[^1] = joined[^1] + " " + words[i] + " " + words[i + 1];
                i++;
            }
            else
            {
                joined.Add(words[i]);
            }
        }
        return joined;
    }

    /// <summary>
    /// A last line of one word ("column)") reads as an orphan: move words down from the line before while the last line
    /// still fits and the line before keeps at least two words.
    /// </summary>
    private static void BalanceLastLine(List<string> lines, float maxWidth, float fontSize, string fontName, bool bold)
    {
        if (lines.Count < 2) return;
        while (true)
        {
            string last = lines[^1], before = lines[^2];
            if (last.Contains(' ', StringComparison.Ordinal)) return;
            int space = before.LastIndexOf(' ');
            if (space < 0 || !before[..space].Contains(' ', StringComparison.Ordinal)) return;
            string kept = before[..space];
            if (Relations.Contains(kept[(kept.LastIndexOf(' ') + 1)..])) return; // would split "n = articles"
            string moved = before[(space + 1)..] + " " + last;
            if (TextMeasure.Width(moved, fontSize, fontName, bold) > maxWidth) return;
            lines[^2] = before[..space];
            lines[^1] = moved;
        }
    }

    /// <summary>Breaks <paramref name="text"/> into lines at spaces so no line is wider than <paramref name="maxWidth"/> pixels.</summary>
    public static string Wrap(string text, float maxWidth, float fontSize, string fontName, bool bold = false)
    {
        var lines = new List<string>();
        foreach (string paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            string current = "";
            int firstLine = lines.Count;
            foreach (string word in Unbreakable(paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                string candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && TextMeasure.Width(candidate, fontSize, fontName, bold) > maxWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }
            lines.Add(current);
            if (lines.Count - firstLine >= 2) BalanceLastLine(lines, maxWidth, fontSize, fontName, bold);
        }
        return string.Join('\n', lines);
    }
}
