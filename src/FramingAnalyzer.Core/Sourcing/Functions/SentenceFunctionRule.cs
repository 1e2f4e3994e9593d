using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// The transparent fallback when no function model is available, for sentences without an attribution:
/// unattributed_claim when the sentence has (a) an evaluative word ("heroic", "brutal", "so-called"), (b) a causal
/// marker ("because", "caused", "blamed", "responsible for", "led to", "due to"), (c) a contested marker ("false",
/// "propaganda", "denied", "massacre", "regime", "allegedly"), or (d) a casualty count (a number or number word within
/// four words of "killed", "dead", "wounded", "casualties" and the like); background otherwise.
/// </summary>
internal static class SentenceFunctionRule
{
    private static readonly WordSet Evaluative = new("heroic", "hero", "heroes", "brave", "courageous", "cowardly", "brutal", "barbaric",
        "savage", "ruthless", "criminal", "criminals", "terrorist", "terrorists", "thugs", "bandits", "so-called", "shameful", "disgraceful",
        "outrageous", "appalling", "horrific", "horror", "tragic", "tragedy", "clearly", "obviously", "undoubtedly", "undeniably", "reckless",
        "irresponsible", "desperate", "cynical", "callous", "innocent", "senseless", "heartless", "vital", "historic", "illegitimate",
        "fanatics", "extremist", "extremists", "liberated", "neutralised", "neutralized", "carnage", "bloodbath", "slaughter", "slaughtered",
        "butchered", "terror", "crackdown", "atrocity", "atrocities", "notorious", "infamous", "failed", "failure", "lies", "lie");

    private static readonly WordSet Causal = new("because", "caused", "causing", "blamed", "blame", "responsible", "provoked", "triggered",
        "sparked", "fuelled", "fueled", "therefore", "consequently", "hence", "resulted");

    private static readonly WordSet Contested = new("false", "fabricated", "propaganda", "denied", "disputed", "contested", "allegedly",
        "alleged", "unverified", "unconfirmed", "claimed", "massacre", "regime", "illegal", "unlawful", "violated", "occupation",
        "invasion", "genocide", "refused", "ignored", "collaborators", "sabotage");

    private static readonly WordSet Casualty = new("killed", "dead", "died", "wounded", "injured", "casualties", "deaths", "victims",
        "bodies", "murdered", "slain", "hurt", "dying", "fatalities", "massacred");

    private static readonly WordSet NumberWords = new("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "dozen", "dozens", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "twenty-three", "scores", "several");

    /// <summary>Two-word causal markers by their second word: "led to", "due to", "result of", "resulted in", "responsible for".</summary>
    private static readonly Dictionary<string, WordSet> CausalPairs = new(StringComparer.Ordinal)
    {
        ["to"] = new("led", "due", "thanks", "leading"),
        ["of"] = new("result", "because", "consequence"),
        ["in"] = new("resulted", "resulting"),
        ["for"] = new("blamed", "responsible"),
    };

    private const byte Claim = 1, CasualtyWord = 2, PairEnd = 4;

    /// <summary>All marker words in one table, so that each token costs one lookup.</summary>
    private static readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Markers = BuildMarkers();

    private static Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> BuildMarkers()
    {
        var markers = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var set in new[] { Evaluative, Causal, Contested })
        {
            foreach (var word in set.Words) markers[word] = (byte)(markers.GetValueOrDefault(word) | Claim);
        }
        foreach (var word in Casualty.Words) markers[word] = (byte)(markers.GetValueOrDefault(word) | CasualtyWord);
        foreach (var word in CausalPairs.Keys) markers[word] = (byte)(markers.GetValueOrDefault(word) | PairEnd);
        return markers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static string Classify(DocumentText text, Sentence sentence)
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
            if (Markers.TryGetValue(word, out byte flags))
            {
                if ((flags & Claim) != 0) return SentenceFunctions.UnattributedClaim;
                if ((flags & PairEnd) != 0 && previous >= 0 && CausalPairs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var firsts)
                    && firsts.Contains(norm.AsSpan(tokens[previous].Start, tokens[previous].Length)))
                {
                    return SentenceFunctions.UnattributedClaim;
                }
                if ((flags & CasualtyWord) != 0 && NumberNear(text, t, first, end)) return SentenceFunctions.UnattributedClaim;
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
