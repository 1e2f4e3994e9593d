using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>Source type (actor lexicon, role words, model), affiliation and anonymity.</summary>
public class SourceClassifierTests
{
    private static Attribution[] Attributions(SourcingResources resources, string text, ITextClassifier? model = null)
    {
        var analyzer = new SourcingAnalyzer(resources, model, null);
        var (analysis, _) = Analyze(analyzer, Doc(text));
        return analysis.Attributions.ToArray();
    }

    [Theory]
    [InlineData("The Harbour Board said the quay was closed.", "official", "government")]
    [InlineData("A spokesman for the Harbour Board said the quay was closed.", "official", "government")]
    [InlineData("Mara Lind said the quay was closed.", "political", "opposition")]
    [InlineData("The port workers’ union said the quay was closed.", "ngo_intl", "civil_society")]
    public void Type_and_affiliation_from_the_actor_lexicon(string text, string type, string affiliation)
    {
        var attribution = Assert.Single(Attributions(FictionalActors, text));
        Assert.Equal(type, attribution.SourceType);
        Assert.Equal(affiliation, attribution.Affiliation);
    }

    [Theory]
    [InlineData("Ilse Marr, an economist at Vell University, said prices would rise.", "expert")]
    [InlineData("Retired general Piet Horn said the line would hold.", "expert")]
    [InlineData("General Piet Horn said the line would hold.", "official")]
    [InlineData("A market trader said prices had doubled.", "citizen")]
    [InlineData("Former minister Aldo Rest said the plan would fail.", "political")]
    [InlineData("The deputy mayor said the plan would fail.", "official")]
    public void Type_from_role_words_longest_match_wins(string text, string type)
    {
        var attribution = Assert.Single(Attributions(FictionalActors, text));
        Assert.Equal(type, attribution.SourceType);
        Assert.Equal("unknown", attribution.Affiliation);
    }

    [Fact]
    public void Without_actor_or_role_the_model_decides_in_one_call()
    {
        var model = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, input => input.Text.StartsWith("Aldo", StringComparison.Ordinal) ? "business" : "not-a-type");
        var attributions = Attributions(FictionalActors, "Aldo Rest said prices would rise. Piet Horn said they would fall. A farmer said nothing would change.", model);
        Assert.Equal(3, attributions.Length);
        Assert.Equal(1, model.Calls);
        Assert.Equal(2, model.Inputs.Count); // the farmer is settled by a role word
        Assert.Equal("Aldo Rest said prices would rise.", model.Inputs[0].Context);
        Assert.Equal(["business", "unknown", "citizen"], attributions.Select(a => a.SourceType));
    }

    [Fact]
    public void Without_a_model_the_type_is_unknown()
    {
        Assert.Equal("unknown", Assert.Single(Attributions(FictionalActors, "Aldo Rest said prices would rise.")).SourceType);
    }

    [Theory]
    [InlineData("A senior official, speaking on condition of anonymity, said the talks had failed.", true)]
    [InlineData("Sources said the talks had failed.", true)]
    [InlineData("A commander who asked not to be named said the talks had failed.", true)]
    [InlineData("Local sources said the talks had failed.", true)]
    [InlineData("Residents said the talks had failed.", true)]
    [InlineData("A senior Transport Ministry official said the talks had failed.", true)]
    [InlineData("The talks had failed, a diplomat said on condition of anonymity.", true)]
    [InlineData("Mara Lind, a spokeswoman for the port, said the talks had failed.", false)]
    [InlineData("The Harbour Board said the talks had failed.", false)]
    public void Anonymous_sources(string text, bool anonymous)
    {
        Assert.Equal(anonymous, Assert.Single(Attributions(FictionalActors, text)).Anonymous);
    }

    [Theory]
    [InlineData("The mayor said the bridge was safe.", "neutral")]
    [InlineData("The mayor claimed the bridge was safe.", "distancing")]
    [InlineData("The mayor confirmed the bridge was safe.", "endorsing")]
    [InlineData("The mayor conceded the bridge was unsafe.", "concession")]
    [InlineData("The mayor blasted the contractor for the delays.", "emotive")]
    [InlineData("The mayor warned the bridge was unsafe.", "warning")]
    [InlineData("The mayor denied the bridge was unsafe.", "accusation")]
    [InlineData("The bridge was safe, according to the mayor.", "neutral")]
    public void Verb_stance_from_the_lexicon(string text, string stance)
    {
        Assert.Equal(stance, Assert.Single(Attributions(FictionalActors, text)).VerbStance);
    }
}
