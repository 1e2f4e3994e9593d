using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Headline style, in headlines only: a list of names from the first word, then the cue, then what was said, with no
/// "that" and often in title case and the present tense: <c>Merkel, Macron Tell Putin They Are Ready to Talk</c>,
/// <c>Putin, Xi vow closer ties</c>, <c>Minister says budget will balance</c>. The names are one to four capitalised
/// words each ("of" may join them), joined by commas, "and" or "&amp;" (the comma reads as "and"); after a cue that
/// names a listener (tell, assure, inform; urge, warn, ask... unless the headline is in title case, where capitals do
/// not mark names) a capitalised listener of up to three words is skipped.
/// Runs before the verb-led rule, which would take only the last name of a comma list.
/// </summary>
internal sealed class HeadlineRule : IAttributionRule
{
    private const int MaxNameWords = 4, MaxNames = 4, MaxListenerWords = 3;

    /// <summary>Cues that always name a listener ("tell Putin they...").</summary>
    private static readonly WordSet ListenerVerbs = new("tell", "assure", "remind", "inform", "reassure");

    /// <summary>Cues that may name one ("warn Putin that...", "urge calm"): skipped only where capitals mark names, not in title case.</summary>
    private static readonly WordSet MaybeListenerVerbs = new("urge", "warn", "ask", "advise", "caution", "promise", "accuse");

    private static readonly WordSet Joiners = new("and", "&");

    public string Name => "headline";

    public void Apply(SentenceExtraction state)
    {
        var v = state.View;
        if (v.Sentence.Role != ParagraphRole.Headline) return;
        foreach (var cue in state.Cues)
        {
            if (cue.Used || cue.IsAccordingTo || cue.IsParticiple || cue.Start == 0 || v.InQuote(cue.Start)) continue;
            if (!IsNameList(v, 0, cue.Start)) continue;
            int start = cue.End;
            if (ListenerVerbs.Contains(cue.Lemma) || (MaybeListenerVerbs.Contains(cue.Lemma) && !v.IsTitleCase)) start = AfterListener(v, start);
            if (v.Is(start, "that")) start++;
            var (contentStart, contentEnd) = ContentSpans.Trim(v, start, v.ContentLimit);
            if (contentEnd - contentStart < 2 || !ContentSpans.HasWords(v, contentStart, contentEnd)) continue;
            state.Add(new Relation
            {
                Source = PhraseRange.Head(0, cue.Start),
                CueStart = cue.Start,
                CueEnd = cue.End,
                ContentStart = contentStart,
                ContentEnd = contentEnd,
                Lemma = cue.Lemma,
                Stance = cue.Stance,
                QuoteKind = ContentSpans.QuoteKindOf(v, contentStart, contentEnd),
                Rule = Name,
            }, cue);
            return; // one attribution per headline
        }
    }

    /// <summary>Tokens [start, end) are names of capitalised words joined by commas, "and" or "&amp;": "Merkel, Macron", "Putin and Xi", "U.S. Officials".</summary>
    internal static bool IsNameList(SentenceView v, int start, int end)
    {
        int names = 0, i = start;
        while (i < end)
        {
            int words = 0;
            while (i < end && (v.IsCapitalised(i) || (words > 0 && v.Is(i, "of") && v.IsCapitalised(i + 1)) || (v.IsPunct(i, '.') && words > 0 && i + 1 < end && v.IsCapitalised(i + 1))))
            {
                if (v.IsWord(i)) words++;
                i++;
            }
            if (words == 0 || words > MaxNameWords || ++names > MaxNames) return false;
            if (i == end) return true;
            if (v.IsComma(i)) i++;
            if (i < end && v.In(i, Joiners)) i++;
            if (i >= end) return false;
        }
        return false;
    }

    private static int AfterListener(SentenceView v, int start)
    {
        int i = start, words = 0;
        while (i < v.ContentLimit && v.IsCapitalised(i) && words < MaxListenerWords && !v.In(i, GrammarWords.SubjectPronouns))
        {
            i++;
            words++;
        }
        // Leave the listener in place when taking it would leave nothing said ("Macron Warns Putin").
        return words > 0 && i < v.ContentLimit ? i : start;
    }
}
