using FramingAnalyzer.Encoders;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// The learned cue detector (corpora/models/cue_detector.bin) beside the lexicon: verbs the lexicon does not know that it
/// must take as cues in a subject-verb-content frame, verbs of action it must leave alone, and what it must not change.
/// </summary>
public class CueDetectorTests
{
    private static readonly Lazy<CueDetector> Shipped = new(() => CueDetector.LoadShipped(ShippedLexicons.Verbs)
        ?? throw new InvalidOperationException("corpora/models/cue_detector.bin is missing"));

    private static IReadOnlyList<FramingAnalyzer.Model.Attribution> WithDetector(FramingAnalyzer.Model.Document document) =>
        new AttributionExtractor(ShippedLexicons.Verbs, Shipped.Value).Extract(document);

    [Theory]
    [InlineData("The minister hinted that fuel subsidies could be phased out after the election.", "The minister", "hinted", "fuel subsidies could be phased out after the election")]
    [InlineData("Farmers grumbled that the new rules would ruin the harvest.", "Farmers", "grumbled", "the new rules would ruin the harvest")]
    [InlineData("He muttered that the talks were a waste of time.", "He", "muttered", "the talks were a waste of time")]
    [InlineData("The professor mused that the crisis might last a decade.", "The professor", "mused", "the crisis might last a decade")]
    [InlineData("Analysts surmised that the bank would cut rates.", "Analysts", "surmised", "the bank would cut rates")]
    public void Takes_verbs_outside_the_lexicon_as_cues(string sentence, string source, string cue, string content)
    {
        var document = Doc(sentence);
        Assert.Empty(Extract(document)); // the lexicon alone finds nothing
        var found = Assert.Single(WithDetector(document));
        Assert.Equal(source, document.Slice(found.Source));
        Assert.Equal(cue, document.Slice(found.Cue));
        Assert.Equal(content, document.Slice(found.Content));
        Assert.Equal(AttributionExtractor.LearnedRule, found.Rule);
        Assert.Equal(ReportingVerbLexicon.NeutralStance, found.VerbStance);
    }

    [Theory]
    [InlineData("The company shipped the parts to the factory on Monday.")]
    [InlineData("Rebels seized the town after two days of fighting.")]
    [InlineData("The minister bought a house in the capital last year.")]
    [InlineData("Police arrested three men near the border.")]
    [InlineData("The council approved a new budget on Tuesday.")]
    [InlineData("The army shelled the village before dawn.")]
    [InlineData("The company hired two hundred workers last month.")]
    public void Leaves_verbs_of_action_alone(string sentence)
    {
        Assert.Empty(WithDetector(Doc(sentence)));
    }

    [Theory]
    [InlineData("The senator's complaint reached the committee on Friday.")] // a noun after a possessive is no verb
    [InlineData("The plan was criticised by the union.")] // after "be": a passive, the detector's words are finite verbs only
    [InlineData("The army sought to silence its critics.")] // after "to"
    public void Reads_only_words_in_a_subject_slot(string sentence)
    {
        Assert.DoesNotContain(WithDetector(Doc(sentence)), a => a.Rule == AttributionExtractor.LearnedRule);
    }

    [Fact]
    public void Adds_to_the_lexicon_and_changes_nothing_it_found()
    {
        var document = Doc("The mayor said the bridge was unsafe.", "The governor lamented that the repairs had stalled.",
            "\"We will rebuild,\" she said.");
        var lexicon = Extract(document);
        var both = WithDetector(document);
        Assert.All(lexicon, a => Assert.Contains(a, both));
    }

    [Fact]
    public void A_sentence_inside_a_quotation_gets_no_learned_cue()
    {
        var document = Doc("\"The minister hinted that taxes would rise,\" the mayor said.");
        Assert.Single(WithDetector(document));
        Assert.DoesNotContain(WithDetector(document), a => a.Rule == AttributionExtractor.LearnedRule);
    }

    [Fact]
    public void The_file_round_trips_and_refuses_other_vectors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cue-detector-{Guid.NewGuid():N}.bin");
        try
        {
            Shipped.Value.Write(path);
            Assert.Equal(File.ReadAllBytes(FramingAnalyzer.Resources.ToolData.Model(CueDetector.FileName)), File.ReadAllBytes(path));
            var read = CueDetector.Read(path);
            Assert.Equal(Shipped.Value.Threshold, read.Threshold);
            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 1;
            File.WriteAllBytes(path, bytes);
            Assert.Throws<InvalidDataException>(() => CueDetector.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal(EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath).Fingerprint, Shipped.Value.VectorsFingerprint);
    }

    [Fact]
    public void On_by_default_in_the_shipped_resources()
    {
        Assert.True(SourcingResources.LearnedCuesByDefault);
        Assert.NotNull(ShippedLexicons.CueDetector);
    }

    [Theory]
    [InlineData("Government spokeswoman Mira Kest insisted the centres were open.")]
    [InlineData("Party chairman Tomas Reyna said the vote would go ahead.")]
    public void Nouns_of_people_before_a_name_are_never_learned_cues(string sentence)
    {
        var document = Doc(sentence);
        var found = WithDetector(document);
        var only = Assert.Single(found);
        Assert.DoesNotContain("spokes", document.Slice(only.Cue));
        Assert.DoesNotContain("chairman", document.Slice(only.Cue));
    }
}
