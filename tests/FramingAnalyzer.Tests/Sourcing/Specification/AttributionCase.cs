using FramingAnalyzer.Lexicons;

namespace FramingAnalyzer.Tests.Sourcing.Specification;

/// <summary>
/// One row of <c>attributions.csv</c>: a construction, the paragraphs of a small document (separated by " ¶ "), how many
/// attributions the extractor finds in it, and what the <c>index</c>-th of them must be. Empty cells are not checked. A row
/// with <c>found</c> 0 says the document has no attribution at all, or none with its <c>lemma</c> when one is given.
/// </summary>
public sealed record AttributionCase(int Line, string Construction, string[] Paragraphs, int Found, int Index, string Source, string Cue,
    string Lemma, string Content, string Kind, string Rule, string Stance, string SourceHead, string Qualifier, int? Sentence)
{
    public const string ParagraphBreak = " ¶ ";

    public static string File => Path.Combine(AppContext.BaseDirectory, "Sourcing", "Specification", "attributions.csv");

    private static readonly Lazy<IReadOnlyDictionary<int, AttributionCase>> All = new(() => Read(File).ToDictionary(c => c.Line));

    /// <summary>The case on line <paramref name="line"/> of the shipped specification.</summary>
    public static AttributionCase At(int line) => All.Value[line];

    /// <summary>Line, construction and text of every case, for a theory (shown in the test's name).</summary>
    public static TheoryData<int, string, string> Rows()
    {
        var rows = new TheoryData<int, string, string>();
        foreach (var spec in All.Value.Values.OrderBy(c => c.Line)) rows.Add(spec.Line, spec.Construction, string.Join(ParagraphBreak, spec.Paragraphs));
        return rows;
    }

    public static IEnumerable<AttributionCase> Read(string path)
    {
        foreach (var (line, field) in LexiconFileReader.Rows(path, "construction", "paragraphs", "found", "index", "source", "cue", "lemma", "content", "kind"))
        {
            var sentence = field("sentence");
            yield return new AttributionCase(line, field("construction"), field("paragraphs").Split(ParagraphBreak), int.Parse(field("found")),
                field("index").Length == 0 ? 0 : int.Parse(field("index")), field("source"), field("cue"), field("lemma"), field("content"),
                field("kind"), field("rule"), field("stance"), field("source_head"), field("qualifier"), sentence.Length == 0 ? null : int.Parse(sentence));
        }
    }
}
