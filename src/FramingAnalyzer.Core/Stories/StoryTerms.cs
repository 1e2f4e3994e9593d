namespace FramingAnalyzer.Stories;

/// <summary>
/// The words story matching compares: lower-cased runs of letters and digits (apostrophe endings dropped, a plural
/// <c>s</c> dropped from words of five letters or more, so "shells" and "shell" meet), two characters or more.
/// Words every article has ("the", "said") need no list: their inverse document frequency in the corpus makes them weightless.
/// </summary>
public static class StoryTerms
{
    public static void Collect(ReadOnlySpan<char> text, List<string> terms)
    {
        Span<char> buffer = stackalloc char[64];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))) i++;
            var word = text[start..i];
            // "Tesk's" → "tesk": skip an apostrophe ending.
            if (i < text.Length && text[i] is '\'' or '’')
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i])) i++;
            }
            if (word.Length < 2 || word.Length > buffer.Length) continue;
            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            if (lower.Length >= 5 && lower[^1] == 's' && lower[^2] != 's') lower = lower[..^1];
            terms.Add(new string(lower));
        }
    }
}
