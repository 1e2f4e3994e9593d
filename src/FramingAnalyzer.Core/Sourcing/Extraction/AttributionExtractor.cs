using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Finds the attribution relations of a document (source, cue, content, with offsets), sentence by sentence, with a
/// fixed sequence of sub-extractors: quote-led, according-to, passive, headline (name lists in headlines), verb-led (with the inverted order), participle, opening participle ("Claiming ..., X told"),
/// gerund ("responded by saying"), named participle ("footage of X saying"), noun cues ("her warning that", <see cref="ReportingVerbLexicon.Nouns"/>), nested, punctuation (<c>Name: ...</c> headlines, <c>"..." ― Name</c>); then a de-duplication per sentence and a check that each source is a noun phrase (<see cref="SourceShape"/>); then continued quotations across sentences and paragraphs.
/// Notes are skipped. Thread-safe: the rules are stateless and the state lives per call.
/// </summary>
public sealed class AttributionExtractor
{
    private readonly ReportingVerbLexicon _verbs;
    private readonly IAttributionRule[] _rules =
    [
        new QuoteLedRule(),
        new AccordingToRule(),
        new PassiveRule(),
        new HeadlineRule(),
        new VerbLedRule(),
        new ParticipleRule(),
        new OpeningParticipleRule(),
        new GerundRule(),
        new NamedParticipleRule(),
        new NounCueRule(),
        new NestedRule(),
        new PunctuationRule(),
    ];

    private readonly CueDetector? _detector;

    /// <param name="detector">The learned cue detector, which adds cue verbs the lexicon does not know; null for the lexicon alone.</param>
    public AttributionExtractor(ReportingVerbLexicon verbs, CueDetector? detector = null)
    {
        _verbs = verbs;
        _detector = detector;
    }

    /// <summary>The learned cue detector in use, or null.</summary>
    public CueDetector? Detector => _detector;

    /// <summary>The sub-extractors in the order they run.</summary>
    public IReadOnlyList<string> Rules => _detector is null ? [.. _rules.Select(r => r.Name), "continued_quote"] : [.. _rules.Select(r => r.Name), LearnedRule, "continued_quote"];

    public IReadOnlyList<Attribution> Extract(Document document) => Extract(new DocumentText(document));

    /// <summary>The relations in text order (by sentence, then content); continued quotations point at their opener.</summary>
    public IReadOnlyList<Attribution> Extract(DocumentText text)
    {
        var found = new List<Attribution>();
        var sentences = text.Document.Sentences;
        var speakers = TranscriptSpeakers.Find(text);
        SentenceView? view = null;
        foreach (var sentence in sentences)
        {
            if (sentence.Role == ParagraphRole.Note || sentence.TokenCount < 2) continue;
            var previousView = view;
            view = new SentenceView(text, sentence);
            var (cues, verbForms) = CueFinder.Find(view, _verbs, _detector);
            if (cues.Count == 0 && !MayHavePunctuationCue(view) && !NounCueRule.MayApply(view, _verbs.Nouns)) continue;
            var previous = sentence.Index > 0 && sentences[sentence.Index - 1].ParagraphIndex == sentence.ParagraphIndex ? sentences[sentence.Index - 1] : null;
            // The previous sentence's view, when the loop built one, reads the same as a new one.
            var final = previous is null ? null : FinalQuote(previousView?.Sentence == previous ? previousView : new SentenceView(text, previous));
            var state = new SentenceExtraction(view, cues, verbForms, final, IntroducedContent.After(text, sentence), speakers, _verbs.Nouns, _verbs.Evidence);
            foreach (var rule in _rules) rule.Apply(state);
            if (_detector is not null) KeepLearnedVerbLed(state);
            foreach (var relation in AttributionDeduplicator.Clean(state.Found))
            {
                if (SourceShape.Check(view, relation) is { } kept) found.Add(ToRecord(view, kept));
            }
        }
        var links = ContinuedQuotes.Link(text, found);
        if (links.Count == 0) return found;

        var all = new List<Attribution>(found.Count + links.Count);
        all.AddRange(found);
        all.AddRange(links.Select(l => l.Record));
        all.Sort((a, b) => a.SentenceIndex != b.SentenceIndex ? a.SentenceIndex.CompareTo(b.SentenceIndex) : a.Content.Start.CompareTo(b.Content.Start));
        var index = new Dictionary<Attribution, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < all.Count; i++) index[all[i]] = i;
        foreach (var (record, opener) in links)
        {
            int at = index[record];
            all[at] = record with { ContinuesFrom = index[opener] };
        }
        return all;
    }

    /// <summary>The rule name of the relations built on a learned cue (<see cref="CueDetector"/>).</summary>
    public const string LearnedRule = "learned_verb";

    /// <summary>
    /// Keeps the relations built on a learned cue only when the verb-led rule built them (subject, verb, content; renamed
    /// <see cref="LearnedRule"/>): on PolNeAR dev, the nested and participle readings of learned cues added no correct pair.
    /// </summary>
    private static void KeepLearnedVerbLed(SentenceExtraction state)
    {
        for (int k = state.Found.Count - 1; k >= 0; k--)
        {
            var r = state.Found[k];
            if (!state.Cues.Exists(c => c.Learned && c.Start >= r.CueStart && c.Start < r.CueEnd)) continue;
            if (r.Rule == VerbLedRule.RuleName && OpensNounPhrase(state.View, r.Source.Start)) state.Found[k] = r with { Rule = LearnedRule };
            else state.Found.RemoveAt(k);
        }
    }

    private static readonly WordSet Quantifiers = new("many", "most", "several", "few", "other", "others", "more", "fewer", "half");

    /// <summary>
    /// The subject of a learned cue opens like a noun phrase: a capitalised word, a number, a determiner, a quantifier, a
    /// pronoun or a plural noun. A lower-case word of another kind is more often a verb ("... to end the subsidies and
    /// close gaps like vague rules that ..." read with "rules" as a verb and "close gaps like vague" as its subject).
    /// </summary>
    private static bool OpensNounPhrase(SentenceView v, int t) =>
        !v.IsWord(t) || v.IsCapitalised(t) || v.IsNumber(t) || v.In(t, GrammarWords.Determiners) || v.In(t, Quantifiers)
        || v.In(t, GrammarWords.SubjectPronouns) || v.In(t, GrammarWords.ObjectPronouns) || (v.Word(t).Length > 3 && v.Word(t).EndsWith("s"));

    private static bool MayHavePunctuationCue(SentenceView view)
    {
        for (int t = 1; t < view.Count; t++)
        {
            if (view.IsPunct(t, ':') || view.IsPunct(t, '―') || ((view.IsPunct(t, '—') || view.IsPunct(t, '–')) && view.IsQuoteMark(t - 1))) return true;
        }
        return false;
    }

    /// <summary>The quotation that ends the sentence of <paramref name="view"/> (its closing mark is the last token, after any full stop), or null.</summary>
    private static TextSpan? FinalQuote(SentenceView view)
    {
        int mark = view.Count - 1;
        if (!ContentSpans.IsClosingQuote(view, mark) || !view.IsDoubleQuoteMark(mark)) return null;
        var (start, end) = ContentSpans.Trim(view, ContentSpans.QuoteStart(view, mark), mark);
        return ContentSpans.HasWords(view, start, end) ? view.Span(start, end) : null;
    }

    /// <summary>The adjunct next to the source and the text after the cue that is not content, as one span (empty at the cue's end when there is neither).</summary>
    private static TextSpan Qualifier(SentenceView view, Relation r, TextSpan cue)
    {
        bool after = r.QualifierEnd > r.QualifierStart, adjunct = r.Source.AdjunctEnd > r.Source.AdjunctStart;
        if (!after && !adjunct) return new TextSpan(cue.End, cue.End);
        int start = adjunct ? r.Source.AdjunctStart : r.QualifierStart;
        int end = after ? Math.Max(r.QualifierEnd, adjunct ? r.Source.AdjunctEnd : 0) : r.Source.AdjunctEnd;
        if (adjunct && after) start = Math.Min(r.Source.AdjunctStart, r.QualifierStart);
        return view.Span(start, end);
    }

    /// <summary>A possessor's span without its 's or closing apostrophe ("Senator Dale Morrow's" claim → "Senator Dale Morrow").</summary>
    private static TextSpan WithoutPossessive(SentenceView view, TextSpan span)
    {
        var norm = view.Norm;
        if (span.End - span.Start > 2 && norm[span.End - 1] == 's' && norm[span.End - 2] == '\'') return new TextSpan(span.Start, span.End - 2);
        if (span.End - span.Start > 2 && norm[span.End - 1] == '\'' && norm[span.End - 2] == 's') return new TextSpan(span.Start, span.End - 1);
        return span;
    }

    /// <summary>The source's span: a noun cue's possessor without its 's ("Senator Dale Morrow's claim") and a pronoun
    /// without the is or has contracted with it ("He's claiming", "who's called"); a verb's subject as written otherwise,
    /// a name that ends in 's included ("Moody's said", "McDonald's warned").</summary>
    private static TextSpan SourceSpan(SentenceView view, Relation r, int start, int end) =>
        r.Rule == NounCueRule.RuleName || (end > start && view.In(end - 1, GrammarWords.ContractedSubjects))
            ? WithoutPossessive(view, view.Span(start, end)) : view.Span(start, end);

    private static Attribution ToRecord(SentenceView view, Relation r)
    {
        var cue = view.Span(r.CueStart, r.CueEnd);
        return new Attribution
        {
            SentenceIndex = view.Sentence.Index,
            Source = SourceSpan(view, r, r.Source.Start, r.Source.End),
            SourceHead = SourceSpan(view, r, r.Source.HeadStart, r.Source.HeadEnd),
            Cue = cue,
            Content = r.ContentOutside ?? view.Span(r.ContentStart, r.ContentEnd),
            Qualifier = Qualifier(view, r, cue),
            SourceApposition = r.Source.TypingAppositionEnd > r.Source.TypingAppositionStart ? view.Span(r.Source.TypingAppositionStart, r.Source.TypingAppositionEnd) : default,
            CueLemma = r.Lemma,
            VerbStance = r.Stance,
            QuoteKind = r.QuoteKind,
            Rule = r.Rule,
        };
    }
}
