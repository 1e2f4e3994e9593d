namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Whom a spokesperson named with no principal speaks for, read from the sentence and the two before it: "the
/// campaign plans to release the records, a spokesman announced" and "Vera Lind's campaign is defending the tweets.
/// ... Spokeswoman Ada Moss said" are a campaign's voice (political), not the state's. Only a body named as one
/// ("the campaign", "Lind's campaign") counts, and only when the nearby words point to one type
/// (<see cref="SpokespersonContexts"/>: a word and the type of the body it names).
/// </summary>
internal static class SpokespersonContext
{
    private const int SentencesBefore = 2;

    /// <summary>The type of the one body the spokesperson at <paramref name="token"/> may speak for, or null
    /// (<paramref name="bodies"/>: <see cref="SpokespersonContexts.Bodies"/>).</summary>
    internal static string? TypeNear(DocumentText text, int token, IReadOnlyDictionary<string, string> bodies)
    {
        var document = text.Document;
        int sentence = -1;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var candidate = document.Sentences[s];
            if (token >= candidate.FirstToken && token < candidate.FirstToken + candidate.TokenCount) { sentence = s; break; }
        }
        if (sentence < 0) return null;
        string? found = null;
        int first = document.Sentences[Math.Max(0, sentence - SentencesBefore)].FirstToken;
        int end = document.Sentences[sentence].FirstToken + document.Sentences[sentence].TokenCount;
        for (int t = first + 1; t < end; t++)
        {
            if (!bodies.TryGetValue(Word(text, t), out var type)) continue;
            var before = Word(text, t - 1);
            if (before != "the" && !before.EndsWith("'s", StringComparison.Ordinal)) continue;
            if (found is not null && found != type) return null;
            found = type;
        }
        return found;
    }

    private static string Word(DocumentText text, int t)
    {
        var token = text.Document.Tokens[t];
        return text.Normalised.Substring(token.Start, token.Length);
    }
}
