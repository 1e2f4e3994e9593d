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
        Found.Add(cue.Behaviour.Nests ? relation : relation with { Nests = false });
    }
}
