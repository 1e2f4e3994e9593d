using System.Globalization;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>sentences.csv against articles.csv: what each count includes, and which sentences the classifier scored.</summary>
public sealed class SentenceTableTests
{
    private const string Page = """
        News
        Council funds Ash River bridge
        The council approved money for the Ash River bridge on Thursday, officials said.
        "We have waited ten years for this bridge and we will not wait any longer," said Mayor Lina Ostrova.
        Opponents called the plan "a reckless gamble" with public money.
        * Correction: an earlier version gave the wrong date of the vote.
        """;

    [Fact]
    public void Sentence_rows_that_are_not_notes_add_up_to_the_articles_sentences_and_only_scored_rows_have_a_probability()
    {
        using var corpus = SmallCorpus.Create();
        corpus.Write("Plain Wire/day3.txt", Page);
        var output = Path.Combine(corpus.Parent, "out");
        Assert.Equal(0, CliRun.Of("analyze", corpus.Root, "--out", output, "--no-charts").ExitCode);

        var articles = AnalyzeCommandTests.CsvRows(Path.Combine(output, "articles.csv"));
        var sentences = AnalyzeCommandTests.CsvRows(Path.Combine(output, "sentences.csv"));
        foreach (var article in articles)
        {
            var own = sentences.Where(s => s["article_id"] == article["article_id"]).ToList();
            Assert.Equal(int.Parse(article["sentences"], CultureInfo.InvariantCulture), own.Count(s => s["role"] != "note"));
        }
        Assert.Contains(sentences, s => s["role"] == "note");
        foreach (var sentence in sentences)
        {
            bool quotation = double.Parse(sentence["quoted_word_share"], CultureInfo.InvariantCulture) > 0.5;
            bool scored = sentence["role"] != "note" && !quotation;
            Assert.Equal(scored ? "true" : "false", sentence["scored"]);
            Assert.Equal(scored, sentence["loaded_probability"].Length > 0);
            Assert.Equal(scored, sentence["loaded"].Length > 0);
        }
        var attributions = AnalyzeCommandTests.CsvRows(Path.Combine(output, "attributions.csv"));
        foreach (var sentence in sentences.Where(s => s["sentence_function"] == "attributed"))
        {
            Assert.NotEqual("0", sentence["attribution_count"]);
            Assert.Contains(attributions, a => a["article_id"] == sentence["article_id"] && a["sentence_index"] == sentence["sentence_index"]);
        }
        Assert.All(sentences.Where(s => s["attribution_count"] is not ("0" or "")), s => Assert.Equal("attributed", s["sentence_function"]));
        var quote = sentences.Single(s => s["text"].StartsWith("\"We have waited ten", StringComparison.Ordinal));
        Assert.Equal(("false", ""), (quote["scored"], quote["loaded_probability"]));
        var partly = sentences.Single(s => s["text"].StartsWith("Opponents called", StringComparison.Ordinal));
        Assert.Equal("true", partly["scored"]);
    }

    [Fact]
    public void Inspect_says_a_quotation_and_a_note_are_not_scored_instead_of_showing_a_probability()
    {
        using var corpus = SmallCorpus.Create();
        var file = corpus.Write("Plain Wire/day3.txt", Page);

        var run = CliRun.Of("inspect", file);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        int quote = Array.FindIndex(lines, l => l.Contains("\"We have waited ten years", StringComparison.Ordinal));
        Assert.Contains("not scored (quotation)", lines[quote + 1]);
        Assert.DoesNotContain("p(loaded)", lines[quote + 1]);
        int note = Array.FindIndex(lines, l => l.Contains("Correction:", StringComparison.Ordinal));
        Assert.Contains("not scored (note)", lines[note + 1]);
        int lede = Array.FindIndex(lines, l => l.Contains("The council approved money", StringComparison.Ordinal));
        Assert.Contains("p(loaded) ", lines[lede + 1]);
    }
}
