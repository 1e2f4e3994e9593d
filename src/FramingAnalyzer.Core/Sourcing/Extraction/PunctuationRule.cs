namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Attributions marked by punctuation instead of a verb: a headline or transcript line <c>Name: what they said</c>
/// (one to four capitalised words before the colon, no function words, not in capitals, at the start of the sentence) and a quotation signed with a dash,
/// <c>"..." ― Name</c>; and the lines of a transcript whose speaker labels are in capitals (<see cref="TranscriptSpeakers"/>). The cue is the punctuation mark, with the lemma "colon" or "dash" and a neutral stance.
/// </summary>
internal sealed class PunctuationRule : IAttributionRule
{
    public const string ColonLemma = "colon";
    public const string DashLemma = "dash";

    /// <summary>Labels that open a headline with a colon without naming a speaker.</summary>
    private static readonly WordSet NotSpeakers = new("update", "updated", "watch", "breaking", "exclusive", "video", "photos", "photo",
        "live", "analysis", "opinion", "editorial", "note", "correction", "review", "explainer", "factbox", "timeline", "q&a", "read",
        "listen", "graphic", "quiz", "transcript", "full", "text", "recap", "more", "clarification", "editor's", "disclosure", "warning",
        "question", "questions", "answer", "tl;dr", "bottom", "verdict", "takeaway", "takeaways", "summary", "background", "context", "why",
        "what", "how", "who", "when", "where", "here's", "exclusive", "rating", "ratings", "source", "sources", "related", "see", "also");

    public string Name => "punctuation";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        ColonLine(state, v);
        for (int t = 1; t < v.Count - 1; t++)
        {
            if (!(v.IsPunct(t, '―') || v.IsPunct(t, '—') || v.IsPunct(t, '–')) || !ContentSpans.IsClosingQuote(v, t - 1)) continue;
            int end = t + 1;
            while (end < v.Count && v.IsCapitalised(end) && end - t <= 5) end++;
            if (end == t + 1 || end - t > 5 || (end < v.Count && !v.IsQuoteMark(end) && !v.IsTerminal(end) && !v.IsComma(end))) continue;
            var (start, stop) = ContentSpans.Trim(v, ContentSpans.QuoteStart(v, t - 1), t - 1);
            if (!ContentSpans.HasWords(v, start, stop)) continue;
            Add(state, PhraseRange.Head(t + 1, end), t, DashLemma, start, stop);
        }
    }

    private void ColonLine(SentenceExtraction state, SentenceView v)
    {
        if (TranscriptLine(state, v)) return;
        int colon = -1;
        for (int t = 1; t <= 4 && t < v.Count; t++)
        {
            if (v.IsPunct(t, ':')) { colon = t; break; }
        }
        if (colon < 0 || colon + 1 >= v.ContentLimit) return;
        for (int t = 0; t < colon; t++)
        {
            // A name: capitalised words (or initials), no function words, no label ("UPDATE:", "Two questions:").
            if (!v.IsCapitalised(t) || IsAllCaps(v, t) || v.In(t, NotSpeakers) || state.IsCue(t) || v.In(t, GrammarWords.Determiners)
                || v.In(t, GrammarWords.Prepositions) || v.In(t, GrammarWords.Subordinators) || v.Is(t, "and") || v.Is(t, "of") || v.IsNumber(t))
            {
                return;
            }
        }
        var (start, end) = ContentSpans.Trim(v, colon + 1, v.ContentLimit);
        if (ContentSpans.WordCount(v, start, end) < 3) return;
        Add(state, PhraseRange.Head(0, colon), colon, ColonLemma, start, end);
    }

    /// <summary>"HOST: ..." in a transcript whose speaker labels are in capitals: the label is the source.</summary>
    private bool TranscriptLine(SentenceExtraction state, SentenceView v)
    {
        if (state.TranscriptSpeakers.Count == 0 || TranscriptSpeakers.LabelOf(v.DocumentText, v.Sentence) is not { } label
            || !state.TranscriptSpeakers.Contains(label))
        {
            return false;
        }
        int first = 0;
        while (TranscriptSpeakers.IsOpeningMark(v.Text, v[first])) first++;
        int colon = first;
        while (!v.IsPunct(colon, ':')) colon++;
        for (int t = first; t < colon; t++)
        {
            if (v.In(t, NotSpeakers)) return false;
        }
        var (start, end) = ContentSpans.Trim(v, colon + 1, v.ContentLimit);
        if (!ContentSpans.HasWords(v, start, end)) return false;
        Add(state, PhraseRange.Head(first, colon), colon, ColonLemma, start, end);
        return true;
    }

    /// <summary>A word in capitals ("LOCKDOWN:"): a tabloid label, not a speaker.</summary>
    private static bool IsAllCaps(SentenceView v, int t)
    {
        var token = v[t];
        int letters = 0;
        for (int i = token.Start; i < token.End; i++)
        {
            if (!char.IsLetter(v.Text[i])) continue;
            if (!char.IsUpper(v.Text[i])) return false;
            letters++;
        }
        return letters >= 2;
    }

    private void Add(SentenceExtraction state, PhraseRange source, int cue, string lemma, int start, int end)
    {
        foreach (var found in state.Found)
        {
            // Already attributed, unless that relation stands inside this content ("Brask: Voters don't want 'a bridge'").
            bool inside = found.CueStart >= start && found.CueStart < end;
            if (found.ContentStart < end && start < found.ContentEnd && found.QuoteKind == QuoteKinds.Direct && !inside) return;
        }
        state.Add(new Relation
        {
            Source = source,
            CueStart = cue,
            CueEnd = cue + 1,
            ContentStart = start,
            ContentEnd = end,
            Lemma = lemma,
            Stance = ReportingVerbLexicon.NeutralStance,
            QuoteKind = ContentSpans.QuoteKindOf(state.View, start, end),
            Rule = Name,
        }, new CueCandidate(cue, cue + 1, lemma, ReportingVerbLexicon.NeutralStance, false, false, VerbBehaviour.Default));
    }
}
