namespace FramingAnalyzer.Text;

/// <summary>
/// Recognises page furniture in scraped page copies: share prompts, "Read more", "Discuss", section labels, bylines.
/// Furniture is dropped before scoring; the list is deliberately strict (short lines that match known prompts).
/// </summary>
internal static class PageFurniture
{
    private static readonly string[] Prompts =
    [
        "discuss", "read more", "share", "share this", "share this article", "share this story", "share this page",
        "share on facebook", "share on x", "share on twitter", "share on whatsapp", "share via email", "email", "print",
        "tweet", "copy link", "link copied", "comments", "comment", "view comments", "show comments", "join the conversation",
        "advertisement", "advert", "sponsored", "subscribe", "sign up", "newsletter", "more on this story", "related",
        "related topics", "related articles", "related stories", "most read", "most popular", "top stories",
        "follow us", "back to top", "listen", "listen to this article", "watch", "save", "saved", "skip to content",
        "image caption", "getty images", "close", "menu", "home", "loading", "continue reading",
    ];

    private static readonly HashSet<string> PromptSet = new(Prompts, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] PromptPrefixes =
    [
        "read more:", "read more ", "related:", "related ", "share on ", "follow us on ", "follow us ", "sign up for ",
        "subscribe to ", "topics:", "tags:", "more on ", "see also:", "also read:", "click here", "you may also like",
    ];

    /// <summary>True when a whole line is a share prompt, a "Read more" link or similar.</summary>
    public static bool IsPrompt(string line)
    {
        var trimmed = line.Trim().TrimEnd(':', '›', '»', '>', '|').Trim();
        if (trimmed.Length == 0) return false;
        if (PromptSet.Contains(trimmed)) return true;
        if (trimmed.Length > 90) return false;
        foreach (var prefix in PromptPrefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>A short label line above the headline ("World", "Europe", "Security").</summary>
    public static bool IsSectionLabel(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 30) return false;
        if (trimmed[^1] is '.' or '!' or '?' or '"' or '”') return false;
        int words = CountWords(trimmed);
        return words is >= 1 and <= 3 && char.IsUpper(trimmed[0]);
    }

    /// <summary>A byline or outlet-name line: "By Anna Keller", "Meridian Wire", "Karvania Today | Staff reporter", a dateline-only line.</summary>
    public static bool IsByline(string line, string outlet)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 120) return false;
        if (trimmed[^1] is '.' or '!' or '?') return false;
        if (trimmed.StartsWith("By ", StringComparison.Ordinal) && CountWords(trimmed) <= 14) return true;
        if (outlet.Length > 0 && trimmed.Contains(outlet, StringComparison.OrdinalIgnoreCase) && CountWords(trimmed) <= 12) return true;
        if (trimmed.Contains('|') && CountWords(trimmed) <= 12) return true;
        return false;
    }

    /// <summary>A headline: one line, no sentence-final full stop, not too long.</summary>
    public static bool LooksLikeHeadline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return false;
        int words = CountWords(trimmed);
        return words is >= 3 and <= 30 && trimmed[^1] != '.';
    }

    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
