using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Reporting verbs (<c>reporting_verbs.csv</c>: lemma,stance,forms with forms separated by <c>|</c>, then the optional
/// behaviour columns of <see cref="VerbBehaviour"/>), matched as whole tokens with a trie; phrasal verbs ("point out", "lash out") match as multi-token forms. "according to" is built in,
/// neutral, with the lemma "according to".
/// </summary>
public sealed class ReportingVerbLexicon
{
    public const string AccordingToLemma = "according to";
    public const string NeutralStance = "neutral";

    private readonly PhraseTrie<ReportingVerb> _forms;

    private ReportingVerbLexicon(string path, PhraseTrie<ReportingVerb> forms, IReadOnlyList<string> stances, IReadOnlyDictionary<string, string> lemmas,
        CueNounLexicon nouns, EvidenceNouns evidence, IReadOnlyList<(string Form, string Lemma)> formList)
    {
        FormList = formList;
        Path = path;
        Nouns = nouns;
        Evidence = evidence;
        _forms = forms;
        Stances = stances;
        Lemmas = lemmas;
    }

    public string Path { get; }
    /// <summary>The stances in the order the file first uses them; always includes neutral (for "according to").</summary>
    public IReadOnlyList<string> Stances { get; }
    /// <summary>Lemma → stance.</summary>
    public IReadOnlyDictionary<string, string> Lemmas { get; }
    public int FormCount => _forms.Count;
    /// <summary>Every form with its lemma, in file order ("said", "say"; "points out", "point out").</summary>
    public IReadOnlyList<(string Form, string Lemma)> FormList { get; }
    /// <summary>
    /// The noun cues of <c>cue_nouns.csv</c> in the same folder as the verbs ("her warning that ...", "its pledge to ...");
    /// <see cref="CueNounLexicon.Empty"/> when that folder has none.
    /// </summary>
    public CueNounLexicon Nouns { get; }
    /// <summary>
    /// The documents and data of <c>evidence_nouns.csv</c> in the same folder ("the poll showed ..."); <see cref="EvidenceNouns.Empty"/>
    /// when that folder has none.
    /// </summary>
    public EvidenceNouns Evidence { get; }

    public static ReportingVerbLexicon Load(string path)
    {
        var forms = new PhraseTrie<ReportingVerb>();
        var stances = new List<string>();
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        var behaviours = new Dictionary<string, VerbBehaviour>(StringComparer.Ordinal);
        var formList = new List<(string Form, string Lemma)>();
        foreach (var (line, field) in LexiconFileReader.Rows(path, "lemma", "stance", "forms"))
        {
            var lemma = LexiconText.Normalise(LexiconRows.Required(path, line, field, "lemma"));
            var stanceText = LexiconRows.Required(path, line, field, "stance");
            var formsText = LexiconRows.Required(path, line, field, "forms");
            var stance = LexiconText.Normalise(stanceText);
            if (!IsIdentifier(stance))
            {
                throw new LexiconException($"{path}:{line}: the stance '{stanceText}' must be a lowercase word (letters, digits, _).");
            }
            if (!lemmas.TryAdd(lemma, stance) && lemmas[lemma] != stance)
            {
                throw new LexiconException($"{path}:{line}: the lemma '{lemma}' already has the stance '{lemmas[lemma]}'.");
            }
            if (!stances.Contains(stance)) stances.Add(stance);
            var behaviour = VerbBehaviour.Read(path, line, field);
            if (!behaviours.TryAdd(lemma, behaviour) && behaviours[lemma] != behaviour)
            {
                throw new LexiconException($"{path}:{line}: the lemma '{lemma}' already has other behaviour columns on an earlier row.");
            }
            var lemmaLast = LexiconText.PatternTokens(lemma).LastOrDefault() ?? lemma;
            foreach (var form in formsText.Split('|'))
            {
                var tokens = LexiconText.PatternTokens(form);
                if (tokens.Length == 0) throw new LexiconException($"{path}:{line}: an empty form in '{formsText}'.");
                bool participle = tokens.Any(t => t.EndsWith("ing", StringComparison.Ordinal)) && !lemmaLast.EndsWith("ing", StringComparison.Ordinal);
                forms.Add(tokens, new ReportingVerb(lemma, stance, participle, behaviour));
                formList.Add((string.Join(' ', tokens), lemma));
            }
        }
        if (forms.Count == 0) throw new LexiconException($"{path}: no reporting verbs (the file has only a header).");
        if (!stances.Contains(NeutralStance)) stances.Insert(0, NeutralStance);
        lemmas.TryAdd(AccordingToLemma, NeutralStance);
        var nounPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".", CueNounLexicon.FileName);
        var nouns = File.Exists(nounPath) ? CueNounLexicon.Load(nounPath) : CueNounLexicon.Empty;
        var evidencePath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(nounPath) ?? ".", EvidenceNouns.FileName);
        var evidence = File.Exists(evidencePath) ? EvidenceNouns.Load(evidencePath) : EvidenceNouns.Empty;
        return new ReportingVerbLexicon(path, forms, stances, lemmas, nouns, evidence, formList);
    }

    /// <summary>The longest reporting-verb form starting at <paramref name="start"/> (length in tokens, 0 when none).</summary>
    internal int Match(string normalisedText, Token[] tokens, int start, int limit, out ReportingVerb verb) =>
        _forms.Match(normalisedText, tokens, start, limit, out verb);

    internal static bool IsIdentifier(string value) =>
        value.Length > 0 && char.IsAsciiLetterLower(value[0]) && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
