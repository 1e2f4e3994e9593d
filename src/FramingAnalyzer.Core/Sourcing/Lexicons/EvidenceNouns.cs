using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Documents and data that can show or find something (<c>evidence_nouns.csv</c>: one column, <c>word</c>): "poll",
/// "study", "footage", "records". With one of them as the head of its subject, a verb whose content is
/// <see cref="VerbContent.Finding"/> reports a plain object too ("the poll showed Clinton ahead", "the study found 31
/// cases"), while "engineers found cracks" and "the villa revealed mosaic floors" report nothing.
/// </summary>
public sealed class EvidenceNouns
{
    /// <summary>The file name the reporting-verb lexicon looks for beside itself.</summary>
    public const string FileName = "evidence_nouns.csv";

    public static readonly EvidenceNouns Empty = new([]);

    private readonly WordSet _words;

    private EvidenceNouns(string[] words)
    {
        _words = new WordSet(words);
        Count = words.Length;
    }

    /// <summary>How many words the list holds (0: no subject counts as a document or data).</summary>
    public int Count { get; }

    /// <summary>Whether the normalised word is a document or data noun.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);

    public static EvidenceNouns Load(string path)
    {
        var words = new List<string>();
        foreach (var (line, field) in LexiconFileReader.Rows(path, "word"))
        {
            var word = LexiconText.Normalise(LexiconRows.Required(path, line, field, "word"));
            if (word.Contains(' ')) throw new LexiconException($"{path}:{line}: '{word}' must be one word.");
            words.Add(word);
        }
        return new EvidenceNouns([.. words]);
    }
}
