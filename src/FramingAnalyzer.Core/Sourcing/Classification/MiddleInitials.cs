using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Middle initials in a person's name ("Loretta E. Lynch", "Michael T. Flynn"): news writes them, lists of names
/// mostly do not, so a name is also read without them.
/// </summary>
internal static class MiddleInitials
{
    /// <summary>A single letter, with or without its period ("E.", "E").</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && char.IsLetter(word[0]) && (word.Length == 1 || word[1] == '.');

    public static bool IsInitial(DocumentText text, int t)
    {
        var tokens = text.Document.Tokens;
        if (t >= tokens.Length || tokens[t].Kind != TokenKind.Word || !char.IsUpper(text.Document.Text[tokens[t].Start])) return false;
        return IsInitial(text.Normalised.AsSpan(tokens[t].Start, tokens[t].Length));
    }

    private static bool IsPeriod(DocumentText text, int t) =>
        text.Document.Tokens[t].Kind == TokenKind.Punctuation && text.Document.Text[text.Document.Tokens[t].Start] == '.';

    /// <summary>The tokens of [start, end) without the initials between its first and last word.</summary>
    public static Token[] Without(DocumentText text, int start, int end)
    {
        var kept = new List<Token>(end - start);
        for (int t = start; t < end; t++)
        {
            if (t > start && t < end - 1 && IsInitial(text, t))
            {
                if (t + 1 < end - 1 && IsPeriod(text, t + 1)) t++; // "E" "." read as two tokens
                continue;
            }
            kept.Add(text.Document.Tokens[t]);
        }
        return [.. kept];
    }
}
