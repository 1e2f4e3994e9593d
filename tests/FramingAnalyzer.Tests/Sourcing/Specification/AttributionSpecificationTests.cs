using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing.Specification;

/// <summary>
/// The extractor's specification as data: every row of <c>attributions.csv</c> (one construction on sentences written for
/// these tests, fictional names) is one test. Adding a construction, or a reporting verb with its behaviour columns, is a row.
/// </summary>
public class AttributionSpecificationTests
{
    public static TheoryData<int, string, string> Cases => AttributionCase.Rows();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_as_specified(int line, string construction, string text)
    {
        var spec = AttributionCase.At(line);
        Assert.False(string.IsNullOrEmpty(construction));
        var document = Doc(spec.Paragraphs);
        var found = Extract(document);
        string Shown() => $"{text}\nfound: {string.Join(" | ", found.Select(a => $"{document.Slice(a.Source)} / {document.Slice(a.Cue)} / {document.Slice(a.Content)}"))}";
        if (spec.Found == 0)
        {
            Assert.True(spec.Lemma.Length == 0 ? found.Count == 0 : found.All(a => a.CueLemma != spec.Lemma), $"expected no attribution{(spec.Lemma.Length > 0 ? " with " + spec.Lemma : "")}: {Shown()}");
            return;
        }
        Assert.True(found.Count == spec.Found, $"expected {spec.Found} attribution(s): {Shown()}");
        var attribution = found[spec.Index - 1];
        if (spec.Source.Length > 0)
        {
            Assert.Equal(spec.Source, document.Slice(attribution.Source));
            Assert.Equal(document.Text.IndexOf(spec.Source, StringComparison.Ordinal), attribution.Source.Start);
        }
        if (spec.Cue.Length > 0) Assert.Equal(spec.Cue, document.Slice(attribution.Cue));
        if (spec.Lemma.Length > 0) Assert.Equal(spec.Lemma, attribution.CueLemma);
        if (spec.Content.Length > 0) Assert.Equal(spec.Content, document.Slice(attribution.Content));
        if (spec.Kind.Length > 0) Assert.Equal(spec.Kind, attribution.QuoteKind);
        if (spec.Rule.Length > 0) Assert.Equal(spec.Rule, attribution.Rule);
        if (spec.Stance.Length > 0) Assert.Equal(spec.Stance, attribution.VerbStance);
        if (spec.SourceHead.Length > 0) Assert.Equal(spec.SourceHead, document.Slice(attribution.SourceHead));
        if (spec.Qualifier.Length > 0) Assert.Equal(spec.Qualifier, document.Slice(attribution.Qualifier));
        if (spec.Sentence is int sentence) Assert.Equal(sentence, attribution.SentenceIndex);
    }

    [Fact]
    public void Every_row_checks_something()
    {
        var cases = AttributionCase.Read(AttributionCase.File).ToList();
        Assert.True(cases.Count >= 100, $"{cases.Count} rows");
        foreach (var spec in cases)
        {
            Assert.True(spec.Found == 0 || (spec.Index >= 1 && spec.Index <= spec.Found), $"line {spec.Line}: index {spec.Index} of {spec.Found}");
            Assert.True(spec.Found == 0 || spec.Source.Length + spec.Cue.Length + spec.Lemma.Length + spec.Content.Length + spec.Rule.Length > 0, $"line {spec.Line} checks nothing");
        }
    }
}
