using FramingAnalyzer.Report;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Tests.Cli;

namespace FramingAnalyzer.Tests.Report;

/// <summary>The report's "Loaded words by outlet": the lexicon's terms in the outlet's own voice and the words the classifier named.</summary>
public sealed class OutletLoadedWordsTests
{
    private static TermRow Row(string outlet, string term, string category, long count, long own, string family = "") =>
        new(outlet, term, category, family, count, own, count - own, 1, double.NaN);

    [Fact]
    public void Lexicon_terms_count_in_the_outlets_own_voice_and_classifier_words_apart()
    {
        var rows = new[]
        {
            Row("Courier", "regime", "labelling", 9, 7, "government_label"),
            Row("Courier", "regime", "classifier", 5, 5),
            Row("Courier", "thugs", "labelling", 3, 0),              // only in quotations: not the outlet's voice
            Row("Courier", "government", "", 12, 12, "government_label"), // a family choice, not a loaded term
            Row("Courier", "brutal", "classifier", 5, 5),
            Row("Gazette", "government", "", 4, 4, "government_label"),
        };

        var words = OutletLoadedWords.From(rows, ["Courier", "Gazette"]);

        var courier = Assert.Single(words); // the Gazette used no loaded word
        Assert.Equal([new WordUse("regime", 7)], courier.LexiconTerms);
        Assert.Equal([new WordUse("brutal", 5), new WordUse("regime", 5)], courier.ClassifierWords); // ties by word
    }

    [Fact]
    public void At_most_eight_words_each_most_used_first()
    {
        var rows = Enumerable.Range(1, 12).Select(i => Row("Courier", $"word{i:00}", "emotive", i, i)).ToList();

        var words = Assert.Single(OutletLoadedWords.From(rows, ["Courier"]));

        Assert.Equal(OutletLoadedWords.Top, words.LexiconTerms.Count);
        Assert.Equal("word12", words.LexiconTerms[0].Word);
        Assert.Empty(words.ClassifierWords);
    }

    [Fact]
    public void A_run_counts_the_classifiers_words_in_terms_csv_and_shows_them_in_the_report()
    {
        using var corpus = new FramingAnalyzer.Tests.Input.TempCorpus("loaded-words");
        corpus.Write("Tabloid/a.txt", "Council chaos as bridge plan collapses\n\nThe council met on Monday to discuss the bridge.\n\n" +
            "Officials said the contract would be tendered again in the spring.\n");
        var output = Path.Combine(corpus.Parent, "out");

        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", output, "--no-charts").ExitCode);

        var terms = File.ReadAllLines(Path.Combine(output, "terms.csv"));
        Assert.Contains(terms, t => t.StartsWith("Tabloid,chaos,emotive,,1,1,0,1,", StringComparison.Ordinal));
        Assert.Contains(terms, t => t.StartsWith("Tabloid,chaos,classifier,,1,1,0,1,", StringComparison.Ordinal));
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<h2>Loaded words by outlet</h2>", report);
        Assert.Contains("<tr><td>Tabloid</td><td>chaos 1</td><td>chaos 1", report);
    }
}
