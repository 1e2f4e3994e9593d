using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Who a role in a phrase belongs to when the phrase names it only by a pronoun or a generic body noun: "its spokeswoman"
/// (the pronoun "it"), "the agency's acting administrator", "a spokeswoman for the group", "the deputy director of the
/// group's rights project" (the body noun). <see cref="RoleStart"/> is where the role's words start; the role ends at
/// <see cref="RoleEnd"/> (before the preposition when the owner follows it).
/// </summary>
internal readonly record struct RoleOwner(string? Pronoun, string? BodyNoun, int RoleStart, int RoleEnd)
{
    private static readonly WordSet OwnerPrepositions = new("for", "of", "at", "with");

    /// <summary>The owner read from the words [start, end), or null when they name none.</summary>
    public static RoleOwner? Find(DocumentText text, int start, int end, IReadOnlyDictionary<string, string[]> genericBodies)
    {
        if (end - start < 2) return null;
        var first = Word(text, start);
        if (first is "his" or "her" or "their" or "its") return new RoleOwner(first switch { "his" => "he", "her" => "she", "their" => "they", _ => "it" }, null, start + 1, end);
        if (first is "the" && PossessedNoun(text, start + 1, end) is var (noun, roleFrom) && roleFrom < end && genericBodies.ContainsKey(noun))
        {
            return new RoleOwner(null, noun, roleFrom, end);
        }
        int roleStart = first is "a" or "an" or "the" ? start + 1 : start;
        for (int t = roleStart + 1; t + 2 <= end && t - roleStart <= 4; t++)
        {
            if (!OwnerPrepositions.Contains(Word(text, t))) continue;
            if (Word(text, t + 1) is not "the" || t + 2 >= end) return null;
            var owned = PossessedNoun(text, t + 2, end);
            var body = owned?.Noun ?? Word(text, t + 2).ToString();
            bool ends = owned is not null || t + 3 == end || text.Document.Tokens[t + 3].Kind != TokenKind.Word;
            return ends && genericBodies.ContainsKey(body) ? new RoleOwner(null, body, roleStart, t) : null;
        }
        return null;
    }

    /// <summary>"group's" or "group 's" at <paramref name="at"/>: the noun and where the words after the possessive start.</summary>
    private static (string Noun, int After)? PossessedNoun(DocumentText text, int at, int end)
    {
        if (at >= end) return null;
        var word = Word(text, at);
        if (word.EndsWith("'s") || word.EndsWith("’s")) return (word[..^2].ToString(), at + 1);
        return at + 1 < end && Word(text, at + 1) is "'s" or "’s" ? (word.ToString(), at + 2) : null;
    }

    private static ReadOnlySpan<char> Word(DocumentText text, int t) =>
        text.Normalised.AsSpan(text.Document.Tokens[t].Start, text.Document.Tokens[t].Length);
}
