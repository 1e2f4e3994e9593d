using FramingAnalyzer.Output;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Loaded;

/// <summary>The analyzer's per-article numbers: own-voice and quoted rates, categories, and family shares.</summary>
public sealed class LoadedWordingAnalyzerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "framing-loaded-" + Guid.NewGuid().ToString("N"));
    private readonly LoadedWordingAnalyzer _analyzer;
    private readonly ScoreSchema _schema;

    public LoadedWordingAnalyzerTests()
    {
        Directory.CreateDirectory(_dir);
        var terms = Path.Combine(_dir, "terms.csv");
        File.WriteAllText(terms, "pattern,category,weight\nregime,labelling,2\nthugs,labelling,2\nhorror,emotive,1\n");
        var families = Path.Combine(_dir, "families.csv");
        File.WriteAllText(families, "family,choice,pattern\ngovernment_label,government,government\ngovernment_label,regime,regime\ngovernment_label,authorities,authorities\n");
        _analyzer = new LoadedWordingAnalyzer(new TermMatcher(WordingLexicon.Load([terms], [families])), model: null, modelIdentity: null);
        _schema = new ScoreSchema([_analyzer]);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ArticleAnalysis Analyze(string body)
    {
        var analysis = new ArticleAnalysis(DocumentBuilder.Build(new Article { Id = "a", Outlet = "o", Body = body, Origin = "test" }), _schema);
        _analyzer.Analyze(analysis, new MetricWriter(analysis.Scores, 0), new SentenceCellWriter(analysis.SentenceCells, 0));
        return analysis;
    }

    private double Value(ArticleAnalysis analysis, string metric) => analysis.Scores.Values[_schema.IndexOf(metric)];

    [Fact]
    public void Own_voice_and_quoted_rates_are_per_1000_words_of_each_voice()
    {
        // Own voice: 7 words with "regime" and "thugs", plus "he said"; quoted: 4 words with "horror".
        var analysis = Analyze("The regime sent thugs to the square. \"Pure horror everywhere tonight,\" he said.");
        int ownWords = 7 + 2, quotedWords = 4;
        Assert.Equal(3, Value(analysis, "loaded_terms"));
        Assert.Equal(2 * 1000.0 / ownWords, Value(analysis, "loaded_per_1k_words"), 6);
        Assert.Equal(1 * 1000.0 / quotedWords, Value(analysis, "quoted_loaded_per_1k_words"), 6);
        Assert.Equal(2, Value(analysis, "loaded_labelling_count"));
        Assert.Equal(1, Value(analysis, "loaded_emotive_count"));
    }

    [Fact]
    public void Family_shares_are_each_choice_over_the_family_total()
    {
        var analysis = Analyze("The regime and the government met. The authorities, the government said, agreed.");
        Assert.Equal(2.0 / 4, Value(analysis, "family_government_label_government_share"), 6);
        Assert.Equal(1.0 / 4, Value(analysis, "family_government_label_regime_share"), 6);
        Assert.Equal(1.0 / 4, Value(analysis, "family_government_label_authorities_share"), 6);
        Assert.Equal(4, analysis.Scores.Denominators[_schema.IndexOf("family_government_label_regime_share")]);
    }

    [Fact]
    public void Without_a_classifier_probabilities_are_undefined_not_zero()
    {
        var analysis = Analyze("The regime fell.");
        Assert.True(double.IsNaN(Value(analysis, "loaded_sentence_share")));
        Assert.Equal(["false", "", "", "regime", ""], analysis.SentenceCells[0].Select(CellText.Format)); // scored, loaded_probability, loaded, loaded_terms, loaded_words
    }

    /// <summary>Says every sentence is loaded with p = 0.9 and records what it was asked to score.</summary>
    private sealed class EverythingLoaded : ITextClassifier
    {
        public List<string> Seen { get; } = [];
        public string Task => "loaded";
        public IReadOnlyList<string> Labels => ["loaded", "neutral"];
        public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs)
        {
            Seen.AddRange(inputs.Select(i => i.Text));
            return [.. inputs.Select(_ => new ClassifierPrediction("loaded", 0.9f))];
        }
    }

    [Fact]
    public void Quotations_and_notes_are_not_scored_and_stay_out_of_the_sentence_shares()
    {
        var classifier = new EverythingLoaded();
        var analyzer = new LoadedWordingAnalyzer(new TermMatcher(WordingLexicon.Load([Path.Combine(_dir, "terms.csv")], [])), classifier, modelIdentity: null);
        var schema = new ScoreSchema([analyzer]);
        var article = new Article
        {
            Id = "a", Outlet = "o", Origin = "test", MayContainPageFurniture = true,
            Body = "The council met on Monday.\n\n\"We will rebuild the bridge by spring,\" the mayor said.\n\n"
                + "Critics called it \"a waste\" of money.\n\n* A note at the end of the page.",
        };
        var analysis = new ArticleAnalysis(DocumentBuilder.Build(article), schema);
        analyzer.Analyze(analysis, new MetricWriter(analysis.Scores, 0), new SentenceCellWriter(analysis.SentenceCells, 0));

        // The scoring call sees the two scored sentences; the explainer's call then sees them with one word taken out at a time.
        Assert.Equal(["The council met on Monday.", "Critics called it \"a waste\" of money."], classifier.Seen.Take(2));
        Assert.DoesNotContain(classifier.Seen.Skip(2), text => text.Contains("rebuild", StringComparison.Ordinal));
        var cells = analysis.SentenceCells.Select(row => (CellText.Format(row[0]), CellText.Format(row[1]))).ToList();
        Assert.Equal([("true", "0.9"), ("false", ""), ("true", "0.9"), ("false", "")], cells);
        Assert.Equal(2, analysis.Scores.Denominators[schema.IndexOf("loaded_sentence_share")]);
        Assert.Equal(1.0, analysis.Scores.Values[schema.IndexOf("loaded_sentence_share")], 6);
    }

    [Theory]
    [InlineData("\"We will rebuild the bridge by spring,\" the mayor said.", true)]    // 7 of 10 words quoted
    [InlineData("The mayor said the bridge would be rebuilt \"by spring.\"", false)]   // 2 of 10
    [InlineData("\"Rebuild it,\" said Mayor Lina Ostrova of the city.", false)]        // 2 of 9
    [InlineData("The bridge will be rebuilt.", false)]
    public void A_quotation_is_a_sentence_with_more_than_half_its_words_quoted(string text, bool isQuotation)
    {
        var document = DocumentBuilder.Build(new Article { Id = "a", Outlet = "o", Body = text, Origin = "test" });

        Assert.Equal(isQuotation, Assert.Single(document.Sentences).IsQuotation);
    }

    [Fact]
    public void A_family_absent_from_the_article_has_undefined_shares()
    {
        var analysis = Analyze("Nothing to see here.");
        Assert.True(double.IsNaN(Value(analysis, "family_government_label_regime_share")));
        Assert.Equal(0, Value(analysis, "loaded_terms"));
    }

    /// <summary>Scores a sentence as loaded with p = 0.2 + 0.75 per "scandalous", 0.01 per "shocking" and 0.4 per "even", at most 0.99.</summary>
    private sealed class WordDriven : ITextClassifier
    {
        public string Task => "loaded";
        public IReadOnlyList<string> Labels => ["loaded", "neutral"];

        public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs) =>
            inputs.Select(i =>
            {
                double p = Math.Min(0.99, 0.2 + 0.75 * Count(i.Text, "scandalous") + 0.01 * Count(i.Text, "shocking") + 0.4 * Count(i.Text, "even"));
                return new ClassifierPrediction("loaded", (float)p);
            }).ToArray();

        private static int Count(string text, string word) => text.Split(' ', '.', ',').Count(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    private (ArticleAnalysis Analysis, int Words, int Loaded) AnalyzeWithWordDriven(string body)
    {
        var analyzer = new LoadedWordingAnalyzer(new TermMatcher(WordingLexicon.Load([Path.Combine(_dir, "terms.csv")], [])), new WordDriven(), modelIdentity: null);
        var schema = new ScoreSchema([analyzer]);
        var analysis = new ArticleAnalysis(DocumentBuilder.Build(new Article { Id = "a", Outlet = "o", Origin = "test", Body = body }), schema);
        analyzer.Analyze(analysis, new MetricWriter(analysis.Scores, 0), new SentenceCellWriter(analysis.SentenceCells, 0));
        var columns = schema.SentenceColumns.ToList();
        return (analysis, columns.IndexOf("loaded_words"), columns.IndexOf("loaded"));
    }

    [Fact]
    public void A_loaded_sentence_names_the_words_that_make_the_classifier_read_it_so()
    {
        var (analysis, words, _) = AnalyzeWithWordDriven("The scandalous and shocking vote of the Council passed.\n\nThe council met on Monday.");
        // p 0.96. Without "scandalous" p is 0.21: the log-odds fall by 4.50. Without "shocking" p is 0.95: a fall of 0.23,
        // under the 0.5 that makes a loaded word. "Council" is a name, never a candidate.
        Assert.Equal("scandalous (4.50)", CellText.Format(analysis.SentenceCells[0][words]));
        Assert.Equal("", CellText.Format(analysis.SentenceCells[1][words])); // p 0.2: not loaded, not explained
    }

    [Fact]
    public void Only_sentences_the_classifier_is_sure_of_are_explained()
    {
        // "Even" alone gives p 0.6: loaded, but under the 0.9 at which words are named.
        var (analysis, words, loaded) = AnalyzeWithWordDriven("Even the vote of the council passed on Monday.");
        Assert.Equal("true", CellText.Format(analysis.SentenceCells[0][loaded]));
        Assert.Equal("", CellText.Format(analysis.SentenceCells[0][words]));
    }

    [Fact]
    public void The_commonest_words_of_english_are_never_named_however_much_the_classifier_leans_on_them()
    {
        var document = DocumentBuilder.Build(new Article { Id = "a", Outlet = "o", Origin = "test", Body = "Even the scandalous vote passed on Monday." });
        var sentences = document.Sentences;
        // p 0.99; without "scandalous" 0.6 (a fall of 4.19), without "even" 0.95 (a fall of 1.65).
        var plain = new LoadedWordExplainer(new WordDriven()).Explain(document, sentences, [true]);
        Assert.Equal(["scandalous", "even"], plain[0].Select(w => w.Word));
        var common = new LoadedWordExplainer(new WordDriven(), new HashSet<string> { "even" }).Explain(document, sentences, [true]);
        Assert.Equal(["scandalous"], common[0].Select(w => w.Word));
    }

    /// <summary>p = 0.2 + 0.75 per "scandalous" and 0.5 per "don't".</summary>
    private sealed class ContractionDriven : ITextClassifier
    {
        public string Task => "loaded";
        public IReadOnlyList<string> Labels => ["loaded", "neutral"];

        public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs) =>
            inputs.Select(i => new ClassifierPrediction("loaded", (float)Math.Min(0.99,
                0.2 + 0.75 * (i.Text.Contains("scandalous", StringComparison.Ordinal) ? 1 : 0) + 0.5 * (i.Text.Contains("don't", StringComparison.Ordinal) ? 1 : 0)))).ToArray();
    }

    [Fact]
    public void A_contraction_of_a_common_word_is_never_named()
    {
        var document = DocumentBuilder.Build(new Article { Id = "a", Outlet = "o", Origin = "test", Body = "Voters don't like the scandalous vote on Monday." });

        var words = new LoadedWordExplainer(new ContractionDriven(), new HashSet<string> { "don" }).Explain(document, document.Sentences, [true]);

        Assert.Equal(["scandalous"], words[0].Select(w => w.Word));
    }
}
