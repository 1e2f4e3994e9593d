using System.Globalization;
using CsvHelper;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Text;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Loaded;

/// <summary>
/// Loaded words against the project's word-level gold set (corpora/gold/loaded_words.csv: sentences written here, the
/// loaded ones with the words that load them marked, each beside a plain telling of the same fact): the union of the
/// lexicon's terms and the classifier's words, scored as the BABE script scores them (pooled, five-letter prefixes).
/// </summary>
public sealed class LoadedWordsGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<ITextClassifier?> Model = new(() =>
        ModelCatalog.TryLoad(ClassifierTask.Loaded, null, LoadedTaskFeatures.SentenceFeatures().AsExtraFeatures())?.Model);

    private static List<(string Sentence, HashSet<string> Marked)> Gold()
    {
        using var reader = new StreamReader(Path.Combine(ToolData.DataDirectory, "gold", "loaded_words.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<(string, HashSet<string>)>();
        foreach (var row in csv.GetRecords<dynamic>())
        {
            var fields = (IDictionary<string, object>)row;
            var marked = ((string)fields["loaded_words"]).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            rows.Add(((string)fields["sentence"], marked));
        }
        return rows;
    }

    private static LoadedWordScore.Result Measure(LoadedWordExplainer? explainer, bool terms, bool words)
    {
        var matcher = new TermMatcher(WordingLexicon.Load(WordingLexicon.ShippedFiles(), [ToolData.Lexicon("term_families.csv")]));
        var analyzer = new LoadedWordingAnalyzer(matcher, Model.Value, null, LoadedTaskFeatures.SentenceFeatures(), explainer);
        var schema = new ScoreSchema([analyzer]);
        int termsColumn = schema.SentenceColumns.ToList().IndexOf("loaded_terms"), wordsColumn = schema.SentenceColumns.ToList().IndexOf("loaded_words");
        var scored = new List<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>();
        foreach (var (sentence, marked) in Gold())
        {
            var analysis = new ArticleAnalysis(DocumentBuilder.Build(new Article { Id = "g", Outlet = "gold", Body = sentence, Origin = "gold" }), schema);
            analyzer.Analyze(analysis, new MetricWriter(analysis.Scores, 0), new SentenceCellWriter(analysis.SentenceCells, 0));
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cells in analysis.SentenceCells)
            {
                if (terms) reported.UnionWith(LoadedWordScore.Words(cells[termsColumn].Text));
                if (words) reported.UnionWith(LoadedWordScore.Words(cells[wordsColumn].Text));
            }
            scored.Add((reported, marked));
        }
        return LoadedWordScore.Score(scored);
    }

    private void Print(string name, LoadedWordScore.Result r) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} P {r.Precision:0.000}  R {r.Recall:0.000}  F1 {r.F1:0.000}  ({r.Reported} reported, {r.Marked} marked)"));

    [Fact]
    public void The_union_of_lexicon_terms_and_classifier_words_meets_the_gold_floor()
    {
        Assert.NotNull(Model.Value);
        var terms = Measure(null, terms: true, words: false);
        var words = Measure(null, terms: false, words: true);
        var union = Measure(null, terms: true, words: true);
        Print("loaded_terms", terms);
        Print("loaded_words", words);
        Print("union", union);
        // Floors: the figures measured when the threshold was chosen (docs/models.md), rounded down to two decimals.
        Assert.True(union.F1 >= 0.82, $"union F1 {union.F1:0.000}");
        Assert.True(union.Precision >= 0.85, $"union precision {union.Precision:0.000}");
        Assert.True(union.F1 > terms.F1, "the classifier's words add to the lexicon's terms");
    }

    [Fact(Skip = "Run by hand to choose LoadedWordExplainer.MinWeight, MaxWords and CommonWords.DefaultCount on the gold set: prints P/R/F1 per setting.")]
    public void Scan_of_the_word_weight_threshold()
    {
        var encoder = (Model.Value as TextClassifierModel)?.Encoder;
        foreach (var common in new[] { 0, 1000, 1500, 3000 })
        {
            var commonWords = FramingAnalyzer.Encoders.CommonWords.Of(encoder, common);
            foreach (var k in new[] { 1, 2, 3 })
            {
                foreach (var weight in new[] { 0.25, 0.5, 0.75, 1.0 })
                {
                    Print($"common {common}, max {k}, weight >= {weight:0.00}",
                        Measure(new LoadedWordExplainer(Model.Value!, commonWords, weight, k), terms: true, words: true));
                }
            }
        }
    }
}
