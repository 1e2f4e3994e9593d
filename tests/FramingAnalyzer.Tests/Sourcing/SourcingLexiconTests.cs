using FramingAnalyzer.Resources;
using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>Lexicon loading: the shipped files load; a malformed row is reported with its file and line.</summary>
public class SourcingLexiconTests
{
    [Fact]
    public void Shipped_lexicons_load()
    {
        var resources = ShippedLexicons;
        Assert.True(resources.Verbs.FormCount > 300);
        Assert.Contains("distancing", resources.Verbs.Stances);
        Assert.Contains("government", resources.Actors.Affiliations);
        Assert.True(resources.Roles.PatternCount > 100);
        Assert.True(resources.Anonymous.PatternCount > 50);
    }

    [Fact]
    public void Row_with_missing_column_names_file_and_line()
    {
        var path = WriteTemp("reporting_verbs.csv", "lemma,stance,forms\nsay,neutral,say|said\ntell,neutral");
        var error = Assert.Throws<LexiconException>(() => ReportingVerbLexicon.Load(path));
        Assert.Contains(path + ":3:", error.Message);
        Assert.Contains("forms", error.Message);
    }

    [Fact]
    public void Unknown_source_type_names_file_and_line()
    {
        var path = WriteTemp("actors.csv", "pattern,canonical,affiliation,source_type\nharbour board,Harbour Board,government,official\nmara lind,Mara Lind,opposition,politician");
        var error = Assert.Throws<LexiconException>(() => ActorLexicon.Load(path));
        Assert.Contains(path + ":3:", error.Message);
        Assert.Contains("politician", error.Message);
    }

    [Fact]
    public void Wrong_header_is_reported()
    {
        var path = WriteTemp("source_roles.csv", "role,type\nminister,official");
        var error = Assert.Throws<LexiconException>(() => SourceRoleLexicon.Load(path));
        Assert.Contains(path + ":1:", error.Message);
    }

    [Fact]
    public void The_principal_column_takes_the_kinds_of_principal_and_names_them_when_wrong()
    {
        var good = WriteTemp("source_roles.csv", "pattern,source_type,principal\npollster,expert,leans\nactivist,citizen,named\naide,political,speaks\nchairman,business,yes\nnurse,citizen,");
        Assert.Equal(5, SourceRoleLexicon.Load(good).PatternCount);
        var bad = WriteTemp("source_roles.csv", "pattern,source_type,principal\npollster,expert,maybe");
        var error = Assert.Throws<LexiconException>(() => SourceRoleLexicon.Load(bad)).Message;
        Assert.Contains(bad + ":2:", error);
        Assert.Contains("yes, speaks, leans, named", error);
    }

    [Fact]
    public void Pattern_without_words_is_reported()
    {
        var path = WriteTemp("anonymous_markers.csv", "pattern\na senior official\n\"--\"");
        Assert.Contains(path + ":3:", Assert.Throws<LexiconException>(() => AnonymousMarkers.Load(path)).Message);
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        Assert.Throws<LexiconException>(() => SourcingResources.Load("no-such.csv", "no.csv", "no.csv", "no.csv"));
    }

    [Fact]
    public void Quoted_fields_and_curly_apostrophes_match()
    {
        var actors = WriteTemp("actors.csv", "pattern,canonical,affiliation,source_type\n\"dockers' union\",\"Dockers' Union, Port Selvin\",civil_society,ngo_intl");
        var resources = new SourcingResources(ShippedLexicons.Verbs, ActorLexicon.Load(actors), ShippedLexicons.Roles, ShippedLexicons.Anonymous);
        var (analysis, _) = Analyze(new SourcingAnalyzer(resources, null, null), Doc("The dockers’ union said the strike would go on."));
        var attribution = Assert.Single(analysis.Attributions);
        Assert.Equal("Dockers' Union, Port Selvin", attribution.SourceCanonical);
        Assert.Equal("ngo_intl", attribution.SourceType);
    }

    [Fact]
    public void Speaker_nouns_are_data_a_researcher_can_extend()
    {
        const string text = "A mouthpiece for the Harbour Board said the quay was closed.";
        var shipped = Assert.Single(Analyze(new SourcingAnalyzer(FictionalActors, null, null), Doc(text)).Analysis.Attributions);
        Assert.NotEqual("actor", shipped.TypeEvidence);
        var speakers = WriteTemp("speaker_nouns.csv", "pattern\nspokesman\nmouthpiece\n");
        var words = ResolutionWords.Load(speakers, ToolData.Lexicon("generic_bodies.csv"));
        var extended = Assert.Single(Analyze(new SourcingAnalyzer(FictionalActors with { Resolution = words }, null, null), Doc(text)).Analysis.Attributions);
        Assert.Equal(("official", "actor", "government"), (extended.SourceType, extended.TypeEvidence, extended.Affiliation));
    }

    [Theory]
    [InlineData("pattern\nthe spokesman\n", "pattern,source_types\ngroup,ngo_intl\n", "one word")]
    [InlineData("pattern\nspokesman\n", "pattern,source_types\ngroup,rebels\n", "unknown source type 'rebels'")]
    public void Bad_resolution_words_name_the_file_and_line(string speakers, string bodies, string message)
    {
        var error = Assert.Throws<LexiconException>(() => ResolutionWords.Load(WriteTemp("speaker_nouns.csv", speakers), WriteTemp("generic_bodies.csv", bodies)));
        Assert.Contains(":2:", error.Message);
        Assert.Contains(message, error.Message);
    }
}
