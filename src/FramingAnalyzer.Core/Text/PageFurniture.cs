namespace FramingAnalyzer.Text;

/// <summary>
/// Recognises page furniture in scraped page copies: share prompts, "Read more", "Discuss", section labels, bylines.
/// Furniture is dropped before scoring. Anywhere in the text the rules are strict (whole-line prompts, "Label: ..." links,
/// short unpunctuated prompt lines); after the last paragraph of the article they are looser (<see cref="IsTrailingPrompt"/>).
/// Lines passed in are already trimmed with white space collapsed (see <see cref="PageLayout"/>).
/// </summary>
internal static class PageFurniture
{
    private static readonly HashSet<string> PromptSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "discuss", "read more", "share", "share this", "share this article", "share this story", "share this page",
        "share on facebook", "share on x", "share on twitter", "share on whatsapp", "share via email", "email", "print",
        "tweet", "copy link", "link copied", "comments", "comment", "view comments", "show comments", "join the conversation",
        "advertisement", "advert", "sponsored", "subscribe", "sign up", "newsletter", "more on this story", "related",
        "related topics", "related articles", "related stories", "related content", "most read", "most popular", "top stories",
        "follow us", "back to top", "listen", "listen to this article", "watch", "save", "saved", "skip to content",
        "image caption", "getty images", "close", "menu", "home", "loading", "continue reading", "see also", "also read",
        "read also", "recommended", "more stories", "more from this section",
    };

    /// <summary>Labels of link lines ("Read more: ...", "Related: ...", "More on this story: ...").</summary>
    private static readonly HashSet<string> LinkLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "read more", "read", "related", "related topics", "related articles", "related stories", "related content",
        "see also", "also read", "read also", "more", "more on this story", "more on this", "more from", "topics", "tags",
        "recommended", "watch", "listen", "follow us", "share", "share this article", "share this story",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PromptLookup = PromptSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = LinkLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Short unpunctuated lines starting like these are prompts anywhere ("Read more on Karvania", "Share on X").</summary>
    private static readonly string[] PromptPrefixes =
    [
        "read more", "related", "share on", "share this", "follow us", "sign up for", "subscribe to", "more on this story",
        "click here", "you may also like", "comments",
    ];

    /// <summary>After the article's last paragraph, short unpunctuated lines starting with these words are furniture too.</summary>
    private static readonly string[] TrailingPrefixes =
    [
        "share", "follow", "support", "discuss", "subscribe", "sign up", "join", "donate", "download", "get our", "comments",
        "comment", "more", "read", "watch", "listen", "see", "related", "explore", "like us", "tags", "topics", "newsletter",
        "contact", "advertisement", "sponsored", "copyright", "©", "all rights reserved", "back to top", "reporting by",
        "additional reporting", "editing by", "writing by", "(reporting by", "photo:", "photos:", "video:",
    ];

    /// <summary>True when a whole line is a share prompt, a "Read more" link or similar.</summary>
    public static bool IsPrompt(string line)
    {
        var trimmed = TrimPrompt(line);
        if (trimmed.Length == 0) return false;
        if (PromptLookup.Contains(trimmed)) return true;
        if (IsLinkLine(trimmed)) return true;
        if (trimmed.Length > 90 || EndsSentence(trimmed) || CountWords(trimmed) > 12) return false;
        return StartsWithAny(trimmed, PromptPrefixes);
    }

    /// <summary>A prompt, or a short unpunctuated line that only makes sense as page furniture at the end of a page.</summary>
    public static bool IsTrailingPrompt(string line)
    {
        if (IsPrompt(line)) return true;
        var trimmed = TrimPrompt(line);
        if (trimmed.Length == 0 || trimmed.Length > 120 || EndsSentence(trimmed) || CountWords(trimmed) > 12) return false;
        return StartsWithAny(trimmed, TrailingPrefixes);
    }

    /// <summary>A short label line above the headline ("World", "Europe", "Security").</summary>
    public static bool IsSectionLabel(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length == 0 || trimmed.Length > 30) return false;
        if (trimmed[^1] is '.' or '!' or '?' or '"' or '”' or ',' or ';' or ':') return false;
        int words = CountWords(trimmed);
        return words is >= 1 and <= 3 && char.IsUpper(trimmed[0]);
    }

    /// <summary>A byline or outlet-name line: "By Anna Keller", "Meridian Wire", "Karvania Today | Staff reporter".</summary>
    public static bool IsByline(string line, string outlet)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length == 0 || trimmed.Length > 120) return false;
        if (trimmed[^1] is '.' or '!' or '?' or '"' or '”') return false;
        int words = CountWords(trimmed);
        if (trimmed.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && words <= 14 && trimmed.Length > 3 && char.IsUpper(trimmed[3])) return true;
        var name = outlet.AsSpan().Trim();
        if (name.Length > 0 && trimmed.Contains(name, StringComparison.OrdinalIgnoreCase) && words <= 12) return true;
        if (trimmed.Contains('|') && words <= 12) return true;
        return false;
    }

    private static readonly HashSet<string> JoiningWords = new(["of", "the", "and", "for", "de", "del", "la", "le", "al", "el", "di", "&"], StringComparer.Ordinal);

    /// <summary>
    /// A line that is only a name ("Meridian Wire", "Voice of the Valley", "TASS"): one to five words, at most 50
    /// characters, each capitalised (or a number, or a joining word such as "of"), nothing at the end but letters and
    /// digits, not a prompt, not a "By ..." byline.
    /// </summary>
    public static bool LooksLikeName(string line)
    {
        var name = line.AsSpan().Trim();
        if (name.Length == 0 || name.Length > 50 || !char.IsLetterOrDigit(name[^1])) return false;
        if (name.StartsWith("By ", StringComparison.Ordinal) || IsPrompt(line)) return false;
        int words = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.Length == 0) continue;
            if (++words > 5) return false;
            if (!(char.IsUpper(word[0]) || char.IsDigit(word[0]) || JoiningWords.Contains(word.ToString()))) return false;
            if (words == 1 && !(char.IsUpper(word[0]) || char.IsDigit(word[0]))) return false;
        }
        return words > 0;
    }

    /// <summary>A headline: one line, no sentence-final full stop, not too long.</summary>
    public static bool LooksLikeHeadline(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length == 0) return false;
        int words = CountWords(trimmed);
        return words is >= 3 and <= 30 && trimmed[^1] != '.';
    }

    public static int CountWords(string text) => CountWords(text.AsSpan());

    public static int CountWords(ReadOnlySpan<char> text)
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

    private static ReadOnlySpan<char> TrimPrompt(string line) => line.AsSpan().Trim().TrimEnd(":›»>|").TrimEnd();

    /// <summary>"Read more: ...", "Related: ...", "More on this story: ...".</summary>
    private static bool IsLinkLine(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon > 24 || line.Length > 200) return false;
        return LabelLookup.Contains(line[..colon].TrimEnd());
    }

    private static bool EndsSentence(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’';

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (!line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            // Whole words only: "Shares fell" is not "share", "Moreover" is not "more".
            if (line.Length == prefix.Length || !char.IsLetterOrDigit(prefix[^1]) || !char.IsLetterOrDigit(line[prefix.Length])) return true;
        }
        return false;
    }
}
