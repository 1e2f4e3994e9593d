using FramingAnalyzer.Output;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>The analyzer's metrics, sentence columns and model use on small articles written here.</summary>
public class SourcingAnalyzerTests
{
    private static readonly string[] TinyArticle =
    [
        "The Harbour Board said the ferry would resume on Monday.",
        "\"We are ready,\" Jon Berg, a dock worker, said.",
        "Sources claimed the ferry was unsafe.",
        "The ferry first crossed the bay in 1990.",
        "Twelve people were killed when it sank in 2004.",
        "* The Harbour Board said this note does not count.",
    ];

    private static double Value(ArticleAnalysis analysis, ScoreSchema schema, string metric) => analysis.Scores.Values[schema.IndexOf(metric)];

    private static (double Numerator, double Denominator) Ratio(ArticleAnalysis analysis, ScoreSchema schema, string metric)
    {
        int i = schema.IndexOf(metric);
        Assert.True(i >= 0, $"no metric {metric}");
        return (analysis.Scores.Numerators[i], analysis.Scores.Denominators[i]);
    }

    [Fact]
    public void Metrics_of_a_tiny_article()
    {
        var (analysis, schema) = Analyze(new SourcingAnalyzer(FictionalActors, null, null), Doc(TinyArticle));
        Assert.Equal(3, analysis.Attributions.Count);
        Assert.Equal(3, Value(analysis, schema, "attributions"));
        Assert.Equal(3, Value(analysis, schema, "distinct_sources"));
        Assert.Equal((2, 3), Ratio(analysis, schema, "named_share"));
        Assert.Equal((1, 3), Ratio(analysis, schema, "anonymous_share"));
        Assert.Equal((1, 3), Ratio(analysis, schema, "source_official_share"));
        Assert.Equal((1, 3), Ratio(analysis, schema, "source_citizen_share"));
        Assert.Equal((1, 3), Ratio(analysis, schema, "source_unknown_share"));
        Assert.Equal((2, 3), Ratio(analysis, schema, "stance_neutral_share"));
        Assert.Equal((1, 3), Ratio(analysis, schema, "stance_distancing_share"));
        Assert.Equal((1, 3), Ratio(analysis, schema, "affiliation_government_share"));
        Assert.Equal((2, 3), Ratio(analysis, schema, "affiliation_unknown_share"));
        Assert.Equal(1, Value(analysis, schema, "distinct_affiliations"));
        Assert.Equal(0, Value(analysis, schema, "affiliation_entropy"));
        Assert.Equal((3, 5), Ratio(analysis, schema, "attributed_sentence_share"));
        Assert.Equal((1, 5), Ratio(analysis, schema, "unattributed_claim_share"));
    }

    [Fact]
    public void Sentence_columns_and_notes()
    {
        var analyzer = new SourcingAnalyzer(FictionalActors, null, null);
        var (analysis, schema) = Analyze(analyzer, Doc(TinyArticle));
        Assert.Equal(["attribution_count", "sentence_function"], schema.SentenceColumns);
        string[] functions = ["attributed", "attributed", "attributed", "background", "unattributed_claim", ""];
        Assert.Equal(functions, analysis.SentenceCells.Select(c => CellText.Format(c[1])));
        Assert.Equal(["1", "1", "1", "0", "0", ""], analysis.SentenceCells.Select(c => CellText.Format(c[0])));
    }

    [Fact]
    public void Attribution_records_are_filled()
    {
        var document = Doc(TinyArticle);
        var (analysis, _) = Analyze(new SourcingAnalyzer(FictionalActors, null, null), document);
        var quote = analysis.Attributions[1];
        Assert.Equal(1, quote.SentenceIndex);
        Assert.Equal("Jon Berg, a dock worker", document.Slice(quote.Source));
        Assert.Equal("Jon Berg", quote.SourceCanonical);
        Assert.Equal("citizen", quote.SourceType);
        Assert.False(quote.Anonymous);
        Assert.Equal("said", document.Slice(quote.Cue));
        Assert.Equal("say", quote.CueLemma);
        Assert.Equal("direct", quote.QuoteKind);
        Assert.Equal("We are ready", document.Slice(quote.Content));
        var anonymous = analysis.Attributions[2];
        Assert.True(anonymous.Anonymous);
        Assert.Equal("claimed", document.Slice(anonymous.Cue));
        Assert.Equal("distancing", anonymous.VerbStance);
    }

    [Fact]
    public void Continued_quotation_counts_for_its_speaker_and_its_sentence()
    {
        var (analysis, schema) = Analyze(new SourcingAnalyzer(FictionalActors, null, null),
            Doc("\"We will reopen the bridge,\" Petra Vell said.", "\"Nobody will stop us.\""));
        Assert.Equal(2, analysis.Attributions.Count);
        Assert.Equal(1, Value(analysis, schema, "distinct_sources"));
        Assert.Equal((2, 2), Ratio(analysis, schema, "attributed_sentence_share"));
    }

    [Fact]
    public void Attributed_means_an_extracted_attribution_whatever_the_function_model_says()
    {
        var model = new FakeClassifier(SourcingAnalyzer.FunctionTask, _ => "attributed");
        var (analysis, schema) = Analyze(new SourcingAnalyzer(FictionalActors, null, model), Doc(
            "The Harbour Board said the ferry would resume on Monday.",   // extracted: attributed
            "Residents described a tense day.",                           // a cue the extractor does not resolve
            "\"Nobody told us anything about the ferry, nothing at all.\"", // a quotation without a speaker
            "The ferry first crossed the bay in 1990.",                   // no cue, no quotation: the rule decides
            "Twelve people were killed when it sank in 2004."));

        Assert.Equal(["attributed", "attributed_unresolved", "attributed_unresolved", "background", "unattributed_claim"], analysis.SentenceCells.Select(c => CellText.Format(c[1])));
        Assert.Equal(["1", "0", "0", "0", "0"], analysis.SentenceCells.Select(c => CellText.Format(c[0])));
        Assert.All(analysis.SentenceCells.Where(c => c[1].Text == "attributed"), c => Assert.NotEqual(0, c[0].Value));
        Assert.Equal((1, 5), Ratio(analysis, schema, "attributed_sentence_share"));
        Assert.Equal((1, 5), Ratio(analysis, schema, "unattributed_claim_share"));
    }

    [Fact]
    public void Function_model_is_called_once_per_article_for_unattributed_sentences()
    {
        var model = new FakeClassifier(SourcingAnalyzer.FunctionTask, input => input.Text.Contains("1990", StringComparison.Ordinal) ? "unattributed_claim" : "background");
        var (analysis, schema) = Analyze(new SourcingAnalyzer(FictionalActors, null, model), Doc(TinyArticle));
        Assert.Equal(1, model.Calls);
        Assert.Equal(["The ferry first crossed the bay in 1990.", "Twelve people were killed when it sank in 2004."], model.Inputs.Select(i => i.Text));
        Assert.Equal("unattributed_claim", analysis.SentenceCells[3][1].Text);
        Assert.Equal("background", analysis.SentenceCells[4][1].Text);
        Assert.Equal((1, 5), Ratio(analysis, schema, "unattributed_claim_share"));
    }

    [Fact]
    public void Model_for_another_task_is_refused()
    {
        var wrong = new FakeClassifier("loaded", _ => "loaded");
        Assert.Throws<ModelLoadException>(() => new SourcingAnalyzer(FictionalActors, wrong, null));
        Assert.Throws<ModelLoadException>(() => new SourcingAnalyzer(FictionalActors, null, wrong));
    }

    [Fact]
    public void Article_without_attributions_has_undefined_shares()
    {
        var (analysis, schema) = Analyze(new SourcingAnalyzer(FictionalActors, null, null), Doc("The ferry first crossed the bay in 1990."));
        Assert.Equal(0, Value(analysis, schema, "attributions"));
        Assert.True(double.IsNaN(Value(analysis, schema, "source_official_share")));
        Assert.True(double.IsNaN(Value(analysis, schema, "affiliation_entropy")));
        Assert.Equal((0, 1), Ratio(analysis, schema, "attributed_sentence_share"));
    }

    [Fact]
    public void Entropy_of_two_equal_sides_is_one_bit()
    {
        var (analysis, schema) = Analyze(new SourcingAnalyzer(FictionalActors, null, null),
            Doc("The Harbour Board said the ferry would resume.", "Mara Lind said the ferry was unsafe."));
        Assert.Equal(2, Value(analysis, schema, "distinct_affiliations"));
        Assert.Equal(1, Value(analysis, schema, "affiliation_entropy"), 9);
    }

    [Fact]
    public void Metric_definitions()
    {
        var analyzer = new SourcingAnalyzer(ShippedLexicons, null, null);
        var metrics = analyzer.Metrics.ToDictionary(m => m.Name);
        Assert.Equal(metrics.Count, analyzer.Metrics.Count);
        string[] headline = ["source_official_share", "anonymous_share", "attributed_sentence_share", "unattributed_claim_share", "stance_distancing_share"];
        Assert.Equal(headline.Order(), analyzer.Metrics.Where(m => m.Headline).Select(m => m.Name).Order());
        foreach (var type in SourceTypes.All)
        {
            var share = metrics[$"source_{type}_share"];
            Assert.Equal(("source_type", type, MetricKind.Ratio, "share of attributions"), (share.Group, share.Category, share.Kind, share.Unit));
        }
        foreach (var stance in new[] { "neutral", "endorsing", "distancing", "emotive", "concession", "accusation", "warning" })
        {
            Assert.Equal(("verb_stance", stance), (metrics[$"stance_{stance}_share"].Group, metrics[$"stance_{stance}_share"].Category));
        }
        foreach (var affiliation in ShippedLexicons.Actors.Affiliations.Append("unknown"))
        {
            var share = metrics[$"affiliation_{affiliation}_share"];
            Assert.Equal(("affiliation", affiliation, false), (share.Group, share.Category, share.InArticlesTable));
        }
        Assert.Equal("share of sources", metrics["anonymous_share"].Unit);
        Assert.Equal("share of sentences", metrics["attributed_sentence_share"].Unit);
        Assert.Equal("bits", metrics["affiliation_entropy"].Unit);
        Assert.Equal("sources", metrics["distinct_sources"].Unit);
        Assert.Equal("attributions", metrics["attributions"].Unit);
        Assert.All(analyzer.Metrics, m => Assert.True(m.Description.EndsWith('.') && m.Description.Count(c => c == '.') == 1, m.Name));
        Assert.All(analyzer.Metrics.Where(m => m.Kind == MetricKind.Ratio), m => Assert.True(m.IsShare, m.Name));
    }

    [Fact]
    public void Describes_its_lexicons_and_models()
    {
        var model = new FakeClassifier(SourcingAnalyzer.SourceTypeTask, _ => "official");
        var analyzer = new SourcingAnalyzer(ShippedLexicons, model, null);
        Assert.Equal(["reporting_verbs.csv", "actors.csv", "actors.csv", "source_roles.csv", "anonymous_markers.csv", "claim_markers.csv", // the sample's own actors, then the shipped ones
            "institution_heads.csv", "seats_of_government.csv", "nationalities.csv", "parties.csv", "party_tags.csv", "person_predicates.csv", "speaker_nouns.csv", "generic_bodies.csv", "given_names.csv", "spokesperson_contexts.csv", "public_figures.csv"], analyzer.Lexicons.Select(Path.GetFileName));
        Assert.Equal("source_type", Assert.Single(analyzer.Models).Task);
        var identity = new ModelIdentity("function", "corpora/models/function.zip", "abc", new Dictionary<string, double> { ["macro_f1"] = 0.8 });
        var described = new SourcingAnalyzer(ShippedLexicons, null, new FakeClassifier(SourcingAnalyzer.FunctionTask, _ => "background")) { FunctionModelIdentity = identity };
        Assert.Equal(identity, Assert.Single(described.Models));
    }

    [Fact]
    public void Analyses_in_parallel_give_the_same_results()
    {
        var analyzer = new SourcingAnalyzer(FictionalActors, null, null);
        var document = Doc(TinyArticle);
        var expected = Analyze(analyzer, document).Analysis.Attributions.ToList();
        Parallel.For(0, 16, _ => Assert.Equal(expected, Analyze(analyzer, document).Analysis.Attributions));
    }
}
