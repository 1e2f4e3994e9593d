using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// What the extractor does beyond one document's attributions: links between relations, transcripts, introduced
/// paragraphs and threads. The constructions themselves are specified as data in Specification/attributions.csv.
/// </summary>
public class AttributionExtractorTests
{
    [Fact]
    public void Continued_quotation_across_paragraphs_belongs_to_its_opener()
    {
        var document = Doc("Petra Vell said: \"We will reopen the bridge by spring.", "\"After that we start on the harbour wall.\"");
        var found = Extract(document);
        Assert.Equal(2, found.Count);
        AssertRelation(document, found[0], "Petra Vell", "said", "say", "We will reopen the bridge by spring", QuoteKinds.Direct);
        Assert.Equal("continued_quote", found[1].Rule);
        Assert.Equal(0, found[1].ContinuesFrom);
        Assert.Equal(found[0].Source, found[1].Source);
        Assert.Equal("After that we start on the harbour wall", document.Slice(found[1].Content));
        Assert.Equal(1, found[1].SentenceIndex);
    }

    [Theory]
    [InlineData("The harbour board listed three reasons:", "The storm damaged the quay.")]
    [InlineData("The governor said the following about the harbour:", "\"We will rebuild.\"")]
    public void Colon_after_something_other_than_the_cue_introduces_nothing(string opener, string next)
    {
        var document = Doc(opener, next);
        Assert.DoesNotContain(Extract(document), a => a.SentenceIndex == 0 && a.Content.Start >= document.Sentences[1].Span.Start);
    }

    [Fact]
    public void Transcript_lines_with_speaker_labels_in_capitals()
    {
        var document = Doc("The full exchange follows.", "\"HOLM: Will the quay reopen this year?", "\"VELL: It will reopen in May.",
            "\"HOLM: And the ferry?", "\"VELL: The ferry comes later.");
        var found = Extract(document).Where(a => a.CueLemma == "colon").ToList();
        Assert.Equal(4, found.Count);
        Assert.Equal(["HOLM", "VELL", "HOLM", "VELL"], found.Select(a => document.Slice(a.Source)));
        Assert.Equal("Will the quay reopen this year", document.Slice(found[0].Content));
        Assert.Equal("It will reopen in May", document.Slice(found[1].Content));
    }

    [Fact]
    public void Extraction_is_the_same_from_several_threads()
    {
        var document = Doc("The mayor said the bridge was unsafe, adding that repairs would take a year.", "\"We will start in May,\" she said.");
        var extractor = new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs);
        var expected = extractor.Extract(document);
        Parallel.For(0, 32, _ => Assert.Equal(expected, extractor.Extract(document)));
    }
}
