using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Whether a source mention is unnamed: an anonymous marker occurs in its head ("sources", "residents", "a senior
/// official"); or the head is an indefinite phrase ending in a marker's head noun ("a senior Interior Ministry
/// official"); or a marker of three or more words, or a word such as "anonymity", occurs in the apposition or around
/// the cue ("..., speaking on condition of anonymity", "a commander who asked not to be named").
/// </summary>
internal sealed class AnonymityRule(AnonymousMarkers markers)
{
    private static readonly WordSet AnonymityWords = new("anonymity", "anonymously", "anonymous", "unnamed", "unidentified");

    public bool IsAnonymous(DocumentText text, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        if (markers.Occurs(norm, tokens, parts.HeadStart, parts.HeadEnd)) return true;
        if (markers.IsIndefiniteUnnamed(norm, tokens, parts.HeadStart, parts.HeadNounEnd)) return true;
        return SaysAnonymous(text, parts.AppositionStart, parts.AppositionEnd) || SaysAnonymous(text, parts.QualifierStart, parts.QualifierEnd);
    }

    /// <summary>An apposition or qualifier [start, end) with an anonymity marker of three tokens or more, or an anonymity word.</summary>
    private bool SaysAnonymous(DocumentText text, int start, int end)
    {
        if (end <= start) return false;
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        if (markers.Occurs(norm, tokens, start, end, minTokens: 3)) return true;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && AnonymityWords.Contains(norm.AsSpan(tokens[t].Start, tokens[t].Length))) return true;
        }
        return false;
    }
}
