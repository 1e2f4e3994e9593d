using FramingAnalyzer.Learning;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// The article-level prior over a model-typed source's type (<see cref="ArticleTypePrior"/>): the types the rules gave
/// the article's other sources weigh on the model's probabilities, enough to settle a close call, not to overturn a
/// confident one, and nothing at all when the rules typed no source.
/// </summary>
public class ArticleTypePriorTests
{
    /// <summary>The source-type model's classes, in the order its scores come (alphabetical, as the shipped model's).</summary>
    private static readonly string[] Classes =
        ["armed_group", "business", "citizen", "document", "expert", "media", "ngo_intl", "official", "political", "unknown"];

    private static float[] Distribution(params (string Label, float Probability)[] given)
    {
        var p = new float[Classes.Length];
        float rest = (1 - given.Sum(g => g.Probability)) / (Classes.Length - given.Length);
        for (int c = 0; c < Classes.Length; c++) p[c] = given.FirstOrDefault(g => g.Label == Classes[c]) is { Label: not null } g ? g.Probability : rest;
        return p;
    }

    private static int[] Counts(params (string Type, int Count)[] typed) =>
        ArticleTypePrior.Count(typed.SelectMany(t => Enumerable.Repeat(t.Type, t.Count)));

    private static ArticleTypePrior.Decision Decide(float[] model, int[] counts) =>
        ArticleTypePrior.Default.Decide(Classes, model, counts, SourceClassifier.MinModelProbability);

    [Fact]
    public void A_close_call_among_political_sources_goes_to_political()
    {
        var model = Distribution(("media", 0.40f), ("political", 0.34f), ("business", 0.11f));
        Assert.Equal(new ArticleTypePrior.Decision("political", true), Decide(model, Counts(("political", 6), ("expert", 1), ("citizen", 1))));
    }

    [Fact]
    public void A_confident_model_decision_stands_against_the_article_mix()
    {
        var model = Distribution(("citizen", 0.90f), ("political", 0.05f));
        Assert.Equal(new ArticleTypePrior.Decision("citizen", true), Decide(model, Counts(("political", 8))));
    }

    [Fact]
    public void Without_rule_typed_sources_the_model_decides_alone()
    {
        var sure = Distribution(("media", 0.41f), ("political", 0.39f));
        Assert.Equal(new ArticleTypePrior.Decision("media", true), Decide(sure, Counts()));
        var unsure = Distribution(("media", 0.30f), ("political", 0.29f));
        Assert.Equal(new ArticleTypePrior.Decision("unknown", false), Decide(unsure, Counts()));
        // The combination itself is the model's distribution then (a uniform prior).
        var combined = ArticleTypePrior.Default.Combine(Classes, sure, Counts());
        for (int c = 0; c < Classes.Length; c++) Assert.Equal(sure[c], combined[c], 6);
    }

    [Fact]
    public void An_unsure_source_takes_a_type_only_when_the_combined_evidence_is_strong()
    {
        // The model leans to media (0.34, below the threshold) in an article whose rules typed eleven journalists: media.
        var unsure = Distribution(("media", 0.34f), ("business", 0.18f), ("ngo_intl", 0.15f));
        Assert.Equal(new ArticleTypePrior.Decision("media", true), Decide(unsure, Counts(("media", 11), ("citizen", 2), ("official", 2))));
        // Three typed sources are not enough to make that lean a type: an honest unknown.
        Assert.Equal(new ArticleTypePrior.Decision("unknown", false), Decide(unsure, Counts(("media", 2), ("political", 1))));
    }

    [Fact]
    public void The_models_no_type_probability_is_kept_and_the_types_share_the_rest()
    {
        var model = Distribution(("unknown", 0.30f), ("citizen", 0.40f), ("political", 0.20f));
        var combined = ArticleTypePrior.Default.Combine(Classes, model, Counts(("political", 5)));
        Assert.Equal(0.30, combined[Array.IndexOf(Classes, "unknown")], 6);
        Assert.Equal(1.0, combined.Sum(), 5);
        Assert.True(combined[Array.IndexOf(Classes, "political")] > model[Array.IndexOf(Classes, "political")]);
    }

    [Fact]
    public void Counts_leave_out_untyped_sources()
    {
        var counts = ArticleTypePrior.Count(["political", "unknown", "political", "citizen"]);
        Assert.Equal(3, counts.Sum());
    }

    // End to end: an invented article whose rules type its politicians, and one undescribed surname for the model.

    private const string PoliticalStory =
        "Mara Lind said the budget would sink the port. Former minister Aldo Rest said the vote had been rigged. " +
        "Opposition leader Tomas Brek said the count must start again. Mr. Voss accused the board of hiding the figures.";

    private static string TypeOfVoss(string text, ITextClassifier model)
    {
        var document = Doc(text);
        var (analysis, _) = Analyze(new SourcingAnalyzer(FictionalActors, model, null), document);
        return analysis.Attributions.Single(a => document.Slice(a.Source) == "Mr. Voss").SourceType;
    }

    [Fact]
    public void An_undescribed_surname_among_political_sources_becomes_political()
    {
        var close = Distribution(("media", 0.40f), ("political", 0.34f), ("citizen", 0.10f));
        Assert.Equal("political", TypeOfVoss(PoliticalStory, new DistributionModel(input => input.Text.Contains("Voss") ? close : null)));
        // A model that gives only its best label is taken as before.
        Assert.Equal("media", TypeOfVoss(PoliticalStory, new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "media", 0.40f)));
    }

    [Fact]
    public void The_prior_does_not_override_a_confident_model_decision_in_an_article()
    {
        var confident = Distribution(("citizen", 0.90f), ("political", 0.05f));
        Assert.Equal("citizen", TypeOfVoss(PoliticalStory, new DistributionModel(input => input.Text.Contains("Voss") ? confident : null)));
    }

    [Fact]
    public void In_an_article_without_rule_typed_sources_nothing_changes()
    {
        const string text = "Mr. Voss accused the board of hiding the figures. Ms. Harl said the figures were public.";
        var close = Distribution(("media", 0.40f), ("political", 0.34f));
        var model = new DistributionModel(_ => close);
        var document = Doc(text);
        var (analysis, _) = Analyze(new SourcingAnalyzer(FictionalActors, model, null), document);
        Assert.Equal(["media", "media"], analysis.Attributions.Select(a => a.SourceType));
        Assert.All(analysis.Attributions, a => Assert.Equal(TypeEvidence.Model, a.TypeEvidence));
    }

    /// <summary>A source-type model that gives every class's probability: <paramref name="distribution"/> for an input,
    /// or (null) a sure "not-a-type" so that the input decides nothing.</summary>
    private sealed class DistributionModel(Func<ClassifierInput, float[]?> distribution) : IClassDistributions
    {
        public string Task => SourcingAnalyzer.SourceTypeTask;
        public IReadOnlyList<string> Labels => Classes;
        public IReadOnlyList<string> ClassLabels => Classes;

        public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs) => Predict(inputs, new float[inputs.Count][]);

        public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs, float[][] distributions)
        {
            var results = new ClassifierPrediction[inputs.Count];
            for (int i = 0; i < inputs.Count; i++)
            {
                var p = distribution(inputs[i]) ?? Distribution(("citizen", 0.05f));
                distributions[i] = p;
                int best = Array.IndexOf(p, p.Max());
                results[i] = distribution(inputs[i]) is null ? new ClassifierPrediction("not-a-type", 1f) : new ClassifierPrediction(Classes[best], p[best]);
            }
            return results;
        }
    }
}
