using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>
/// A scraped state-media page written for this test in the shape of a real one: section label, headline with its own
/// attribution, lede, a line holding only the outlet's name, body, "Discuss" and a footnote; in a folder whose name is
/// not the name the page shows.
/// </summary>
public sealed class ScrapedPageTests : IDisposable
{
    private readonly TempCorpus _corpus = new("scraped");

    public void Dispose() => _corpus.Dispose();

    private const string Page = """
        World
        Merkel, Macron Tell Putin They Are Ready to Talk
        The German chancellor and the French president told the Russian leader in a phone call on Friday that they were ready to resume talks on the ceasefire.
        Northern Star Agency
        The call lasted about an hour, according to a statement from the chancellor's office.
        The three leaders agreed to speak again next week.
        Discuss
        * The agency's correspondent in Berlin contributed to this report.
        """;

    [Fact]
    public void The_outlet_line_and_furniture_are_dropped_and_the_headline_attribution_is_found()
    {
        _corpus.Write("northern-star/2026-05-02-call.txt", Page);
        var output = Path.Combine(_corpus.Parent, "out");

        var run = CliRun.Of("analyze", _corpus.Root, "--out", output, "--no-charts");

        Assert.Equal(0, run.ExitCode);
        var sentences = AnalyzeCommandTests.CsvRows(Path.Combine(output, "sentences.csv"));
        Assert.DoesNotContain(sentences, s => s["text"] is "Northern Star Agency" or "Discuss" or "World");
        Assert.Equal(["headline", "lede", "body", "body", "note"], sentences.Select(s => s["role"]));
        var headline = sentences[0];
        Assert.Equal(("1", "attributed"), (headline["attribution_count"], headline["sentence_function"]));
        var attribution = AnalyzeCommandTests.CsvRows(Path.Combine(output, "attributions.csv")).Single(a => a["sentence_index"] == "0");
        Assert.Equal(("Merkel, Macron", "Tell", "tell", "They Are Ready to Talk"), (attribution["source_text"], attribution["cue"], attribution["cue_lemma"], attribution["content"]));
        Assert.All(sentences.Where(s => s["sentence_function"] == "attributed"), s => Assert.NotEqual("0", s["attribution_count"]));
    }
}
