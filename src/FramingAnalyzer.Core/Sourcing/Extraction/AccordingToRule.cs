namespace FramingAnalyzer.Sourcing;

/// <summary>
/// <c>According to X, ...</c> and <c>..., according to X.</c> The cue is "according to" (lemma "according to", neutral),
/// the quote kind according_to.
/// </summary>
internal sealed class AccordingToRule : IAttributionRule
{
    public string Name => "according_to";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || !cue.IsAccordingTo) continue;
            int opener = 0;
            while (opener < cue.Start && v.In(opener, GrammarWords.Discourse)) opener++;
            bool leading = opener == cue.Start || !ContentSpans.HasWords(v, 0, cue.Start);
            var found = SourcePhrases.SourceRight(state, cue.End, allowApposition: true, closedApposition: leading);
            if (found is not { } source) continue;
            source = WithTypingApposition(state, source, leading);
            (int Start, int End)? content = null;
            if (leading)
            {
                int after = source.End;
                if (v.IsComma(after)) after++;
                if (after < v.ContentLimit) content = ContentSpans.Trim(v, after, ContentSpans.ForwardEnd(state, after));
            }
            else
            {
                content = ContentSpans.Trim(v, 0, cue.Start);
            }
            if (content is not { } c || !ContentSpans.HasWords(v, c.Start, c.End)) continue;
            state.Add(new Relation
            {
                Source = source,
                CueStart = cue.Start,
                CueEnd = cue.End,
                ContentStart = c.Start,
                ContentEnd = c.End,
                Lemma = cue.Lemma,
                Stance = cue.Stance,
                QuoteKind = QuoteKinds.AccordingTo,
                Rule = Name,
            }, cue);
        }
    }

    /// <summary>
    /// "according to Jane Roe (a political science professor at Harbor University and ...)": a description in parentheses
    /// right after the source that opens with an article, up to its closing parenthesis or its first comma or "and"
    /// (the first description is the capacity); null otherwise.
    /// </summary>
    private static (int Start, int End)? InParentheses(SentenceExtraction state, int at)
    {
        var v = state.View;
        if (at >= v.ContentLimit || !v.IsPunct(at, '(') || !(v.Is(at + 1, "a") || v.Is(at + 1, "an") || v.Is(at + 1, "the"))) return null;
        int end = at + 1;
        while (end < v.ContentLimit && end - at <= 40 && !v.IsPunct(end, ')')) end++;
        if (end >= v.ContentLimit || !v.IsPunct(end, ')')) return null;
        int close = at + 1;
        while (close < end && !v.IsComma(close) && !v.Is(close, "and")) close++;
        if (close - at - 1 > MaxTypingApposition || !SourcePhrases.IsApposition(state, at + 1, close)) return null;
        return (at + 1, close);
    }

    /// <summary>The longest run of tokens an apposition read for typing may take.</summary>
    private const int MaxTypingApposition = 14;

    /// <summary>
    /// "according to Jane Roe, director of the Harbor Policy Center, the ...": an apposition the source phrase did not take
    /// (it opens with no determiner) still describes the source, so it is kept for typing without entering the span. After
    /// a leading "According to" it must be closed by a comma or dash, since the content follows it; at the end of the
    /// sentence it runs to the end.
    /// </summary>
    private static PhraseRange WithTypingApposition(SentenceExtraction state, PhraseRange source, bool leading)
    {
        var v = state.View;
        if (source.End == source.HeadEnd && source.AdjunctEnd <= source.AdjunctStart && InParentheses(state, source.HeadEnd) is { } described)
        {
            return source with { TypingAppositionStart = described.Start, TypingAppositionEnd = described.End };
        }
        if (source.End != source.HeadEnd || source.AdjunctEnd > source.AdjunctStart || !v.IsComma(source.HeadEnd)) return source;
        int open = source.HeadEnd + 1;
        if (!v.IsWord(open) || v.In(open, GrammarWords.Prepositions) || v.In(open, GrammarWords.Subordinators) || v.In(open, GrammarWords.SubjectPronouns)
            || v.Is(open, "and") || v.Is(open, "or") || v.Is(open, "but")) return source;
        int close = open;
        while (close < v.ContentLimit && !v.IsComma(close) && !v.IsPunct(close, '—') && !v.IsPunct(close, '–') && !v.IsDoubleQuoteMark(close) && !v.IsPunct(close, '.')) close++;
        bool closed = close < v.ContentLimit && !v.IsDoubleQuoteMark(close) && !v.IsPunct(close, '.');
        if (leading && !closed) return source;
        if (!leading && close < v.ContentLimit && !closed) return source;
        if (close - open > MaxTypingApposition || !SourcePhrases.IsApposition(state, open, close)) return source;
        return source with { TypingAppositionStart = open, TypingAppositionEnd = close };
    }
}
