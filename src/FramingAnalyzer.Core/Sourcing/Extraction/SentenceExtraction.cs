namespace FramingAnalyzer.Sourcing;

/// <summary>The working state of one sentence while the sub-extractors run: its cues and the relations found so far.</summary>
internal sealed class SentenceExtraction(SentenceView view, List<CueCandidate> cues, bool[] verbForms, Model.TextSpan? previousQuote = null,
    IntroducedContent? introduced = null, IReadOnlySet<string>? transcriptSpeakers = null, CueNounLexicon? nouns = null, EvidenceNouns? evidence = null)
{
    /// <summary>The noun cues <see cref="NounCueRule"/> reads ("claim", "warning", "pledge").</summary>
    public CueNounLexicon Nouns { get; } = nouns ?? CueNounLexicon.Empty;

    /// <summary>Documents and data that can show or find something ("poll", "study"): <see cref="VerbContent.Finding"/>.</summary>
    public EvidenceNouns Evidence { get; } = evidence ?? EvidenceNouns.Empty;

    /// <summary>The document's transcript speaker labels in capitals (<see cref="Sourcing.TranscriptSpeakers"/>); empty for most documents.</summary>
    public IReadOnlySet<string> TranscriptSpeakers { get; } = transcriptSpeakers ?? new HashSet<string>();

    /// <summary>When the sentence ends with a colon: the next sentence, which it introduces (<c>The governor added:</c>).</summary>
    public IntroducedContent? Introduced { get; } = introduced;

    /// <summary>
    /// The quotation that ends the previous sentence of the same paragraph, when there is one: the content of
    /// <c>"... this country?" Clinton said.</c> when the text model split the sentence after the question mark.
    /// </summary>
    public Model.TextSpan? PreviousQuote { get; } = previousQuote;

    private readonly bool[] _verbForms = verbForms;
    private readonly bool[] _cueTokens = CueTokens(view.Count, cues);

    private static bool[] CueTokens(int count, List<CueCandidate> cues)
    {
        var marks = new bool[count];
        foreach (var cue in cues)
        {
            for (int t = cue.Start; t < cue.End && t < count; t++) marks[t] = true;
        }
        return marks;
    }

    public SentenceView View { get; } = view;
    /// <summary>Cues in text order.</summary>
    public List<CueCandidate> Cues { get; } = cues;
    public List<Relation> Found { get; } = [];

    /// <summary>True when token <paramref name="position"/> starts or lies inside a cue.</summary>
    public bool IsCue(int position) => position >= 0 && position < _cueTokens.Length && _cueTokens[position];

    /// <summary>True when the token is a reporting-verb form, whether or not it was taken as a cue ("the report").</summary>
    public bool IsVerbForm(int position) => position >= 0 && position < _verbForms.Length && _verbForms[position];

    public CueCandidate? CueAt(int position)
    {
        foreach (var cue in Cues)
        {
            if (cue.Start == position) return cue;
        }
        return null;
    }

    /// <summary>The relation whose content holds <paramref name="position"/>, if any.</summary>
    public Relation? ContentHolding(int position)
    {
        foreach (var relation in Found)
        {
            if (relation.ContentContains(position)) return relation;
        }
        return null;
    }

    /// <summary>The relation found so far whose cue is the last one before <paramref name="cueStart"/>, if any.</summary>
    public Relation? LastRelationBefore(int cueStart)
    {
        Relation? last = null;
        foreach (var relation in Found)
        {
            if (relation.CueStart < cueStart && (last is null || relation.CueStart > last.CueStart)) last = relation;
        }
        return last;
    }

    /// <summary>
    /// Adds the relation of <paramref name="cue"/> (its lemma and stance) with the content [contentStart, contentEnd) after
    /// it; what lies between the cue and <paramref name="qualifierEnd"/> is the qualifier.
    /// </summary>
    /// <param name="cueStart">Where the cue's span starts when it takes in words before the cue itself ("was quoted as saying"); the cue's start by default.</param>
    public void AddAfterCue(CueCandidate cue, PhraseRange source, int contentStart, int contentEnd, int qualifierEnd, string rule, int? cueStart = null) =>
        Add(new Relation
        {
            Source = source,
            CueStart = cueStart ?? cue.Start,
            CueEnd = cue.End,
            ContentStart = contentStart,
            ContentEnd = contentEnd,
            QualifierStart = cue.End,
            QualifierEnd = qualifierEnd,
            Lemma = cue.Lemma,
            Stance = cue.Stance,
            QuoteKind = ContentSpans.QuoteKindOf(View, contentStart, contentEnd),
            Rule = rule,
        }, cue);

    public void Add(Relation relation, CueCandidate cue)
    {
        cue.Used = true;
        if (AfterDateline(relation.Source) is { } source) relation = relation with { Source = source };
        Found.Add(cue.Behaviour.Nests ? relation : relation with { Nests = false });
    }

    /// <summary>
    /// A source that opens with a wire dateline ("WASHINGTON —", "SEOUL -", "WASHINGTON (AP) —", "BROOKFIELD, Wis. —"):
    /// the source after it (the place is where the story was filed, not who speaks); null when there is none.
    /// </summary>
    private PhraseRange? AfterDateline(PhraseRange source)
    {
        var v = View;
        if (source.Start != 0) return null;
        int i = 0;
        while (v.IsWord(i) && IsAllCaps(v, i)) i++;
        if (i == 0) return null;
        if (v.IsComma(i) && v.IsCapitalised(i + 1))
        {
            i += 2;
            if (v.IsPunct(i, '.')) i++;
        }
        if (v.IsPunct(i, '('))
        {
            int close = i + 1;
            while (close < i + 4 && !v.IsPunct(close, ')')) close++;
            if (!v.IsPunct(close, ')')) return null;
            i = close + 1;
        }
        int after = i;
        while (v.IsPunct(after, '—') || v.IsPunct(after, '–') || v.IsPunct(after, '-')) after++;
        if (after == i || after >= source.End) return null;
        if (after < source.HeadEnd) return source with { Start = after, HeadStart = Math.Max(source.HeadStart, after) };
        // The dateline was read as the head and what follows the dash as its apposition: the name after the dash is the head.
        int nameEnd = after;
        while (nameEnd < source.End && nameEnd - after < 5 && v.IsCapitalised(nameEnd)) nameEnd++;
        return nameEnd > after ? source with { Start = after, HeadStart = after, HeadEnd = nameEnd } : null;
    }

    private static bool IsAllCaps(SentenceView v, int i)
    {
        var token = v.Text.AsSpan(v[i].Start, v[i].Length);
        int letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }
}
