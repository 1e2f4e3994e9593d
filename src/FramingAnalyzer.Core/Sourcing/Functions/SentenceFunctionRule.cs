using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The transparent fallback when no function model is available, for sentences without an attribution:
/// unattributed_claim when the sentence has an evaluative, causal or contested marker of <see cref="ClaimMarkers"/>
/// (<c>claim_markers.csv</c>), or a casualty count (a number or number word within four words of a casualty marker:
/// "killed", "wounded", "casualties"); background otherwise.
/// </summary>
internal static class SentenceFunctionRule
{
    private static readonly WordSet NumberWords = new("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "dozen", "dozens", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "twenty-three", "scores", "several");

    public static string Classify(DocumentText text, Sentence sentence, ClaimMarkers markers)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        int previous = -1;
        for (int t = first; t < end; t++)
        {
            var token = tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var word = norm.AsSpan(token.Start, token.Length);
            byte flags = markers.FlagsOf(word);
            if (flags != 0)
            {
                if ((flags & ClaimMarkers.Claim) != 0) return SentenceFunctions.UnattributedClaim;
                if ((flags & ClaimMarkers.PairEnd) != 0 && previous >= 0 && markers.IsPair(norm.AsSpan(tokens[previous].Start, tokens[previous].Length), word))
                {
                    return SentenceFunctions.UnattributedClaim;
                }
                if ((flags & ClaimMarkers.Casualty) != 0 && NumberNear(text, t, first, end)) return SentenceFunctions.UnattributedClaim;
            }
            previous = t;
        }
        return SentenceFunctions.Background;
    }

    private static bool NumberNear(DocumentText text, int t, int first, int end)
    {
        var tokens = text.Document.Tokens;
        for (int k = Math.Max(first, t - 4); k < Math.Min(end, t + 5); k++)
        {
            if (tokens[k].Kind == TokenKind.Number) return true;
            if (tokens[k].Kind == TokenKind.Word && NumberWords.Contains(text.Normalised.AsSpan(tokens[k].Start, tokens[k].Length))) return true;
        }
        return false;
    }
}
