using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Sourcing;

/// <summary>One noun cue of <c>cue_nouns.csv</c>: "claim", "warning", "pledge", "calls", "criticism".</summary>
/// <param name="Lemma">The singular ("claim").</param>
/// <param name="Stance">The stance, as in <c>reporting_verbs.csv</c>.</param>
/// <param name="Infinitive">A to-infinitive can be its content ("pledge to build", "calls to phase out").</param>
/// <param name="ObjectAfter">A preposition whose object is its content ("calls for an inquiry", "criticism of the plan"), or empty.</param>
/// <param name="SourceAfter">A preposition whose object is its source ("warnings from the union"), or empty.</param>
public sealed record CueNoun(string Lemma, string Stance, bool Infinitive, string ObjectAfter, string SourceAfter);

/// <summary>
/// Nouns that report what someone said, claimed, promised or demanded when a source and a content come with them:
/// "Senator Morrow's claim that crime had doubled", "its pledge to build a school", "calls from the union for an inquiry"
/// (<c>cue_nouns.csv</c>: lemma,stance,forms with forms separated by <c>|</c>, then infinitive (yes/no), object_after and
/// source_after (one preposition each)). Single-token forms only.
/// </summary>
public sealed class CueNounLexicon
{
    /// <summary>The file name the reporting-verb lexicon looks for beside itself.</summary>
    public const string FileName = "cue_nouns.csv";

    public static readonly CueNounLexicon Empty = new(new Dictionary<string, CueNoun>(StringComparer.Ordinal));

    private readonly Dictionary<string, CueNoun> _forms;
    private readonly Dictionary<string, CueNoun>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Every word of a sentence is looked up (NounCueRule) and almost none is a noun cue: the prefilter rules most out
    // without hashing them.
    private readonly KeyPrefilter _prefilter;

    private CueNounLexicon(Dictionary<string, CueNoun> forms)
    {
        _forms = forms;
        _lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new KeyPrefilter(forms.Keys, StringComparison.Ordinal);
    }

    /// <summary>How many forms the lexicon holds.</summary>
    public int FormCount => _forms.Count;

    /// <summary>The noun cue a normalised token spells, if any.</summary>
    public bool TryGet(ReadOnlySpan<char> form, out CueNoun noun)
    {
        if (!_prefilter.MayContain(form))
        {
            noun = null!;
            return false;
        }
        return _lookup.TryGetValue(form, out noun!);
    }

    public static CueNounLexicon Load(string path)
    {
        var forms = new Dictionary<string, CueNoun>(StringComparer.Ordinal);
        foreach (var (line, field) in LexiconFileReader.Rows(path, "lemma", "stance", "forms"))
        {
            var lemma = LexiconText.Normalise(LexiconRows.Required(path, line, field, "lemma"));
            var stance = LexiconText.Normalise(LexiconRows.Required(path, line, field, "stance"));
            if (!ReportingVerbLexicon.IsIdentifier(stance)) throw new LexiconException($"{path}:{line}: the stance '{stance}' must be a lowercase word (letters, digits, _).");
            var infinitive = LexiconText.Normalise(field("infinitive")) switch
            {
                "" or "no" => false,
                "yes" => true,
                var other => throw new LexiconException($"{path}:{line}: the column 'infinitive' must be yes, no or empty, not '{other}'."),
            };
            var noun = new CueNoun(lemma, stance, infinitive, SingleWord(path, line, field, "object_after"), SingleWord(path, line, field, "source_after"));
            foreach (var form in LexiconRows.Required(path, line, field, "forms").Split('|'))
            {
                var normalised = LexiconText.Normalise(form.Trim());
                if (normalised.Length == 0 || normalised.Contains(' ')) throw new LexiconException($"{path}:{line}: the form '{form}' must be one word.");
                if (!forms.TryAdd(normalised, noun)) throw new LexiconException($"{path}:{line}: the form '{normalised}' is listed twice.");
            }
        }
        return new CueNounLexicon(forms);
    }

    private static string SingleWord(string path, int line, Func<string, string> field, string column)
    {
        var value = LexiconText.Normalise(field(column));
        if (value.Contains(' ')) throw new LexiconException($"{path}:{line}: the column '{column}' must be a single word, not '{value}'.");
        return value;
    }
}
