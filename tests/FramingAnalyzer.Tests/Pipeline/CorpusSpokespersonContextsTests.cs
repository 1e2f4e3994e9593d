using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Pipeline;

/// <summary>
/// The bodies a spokesperson with no principal may speak for, through the command line: a corpus's own
/// .framing/spokesperson_contexts.csv replaces the shipped file and is recorded in run.json. The bodies are invented.
/// </summary>
public sealed class CorpusSpokespersonContextsTests : IDisposable
{
    private readonly TempCorpus _corpus = new("corpus-spokespeople");

    public void Dispose() => _corpus.Dispose();

    private const string Article = "Guild defends fees\n\nThe guild raised its fees on Tuesday.\n\nA spokesman said the fees would stay.\n";

    private (List<Dictionary<string, string>> Rows, string RunJson) Analyze() => CorpusRun.Analyze(_corpus);

    private static Dictionary<string, string> Spokesman(List<Dictionary<string, string>> rows) => Assert.Single(rows, r => r["source_text"] == "A spokesman");

    [Fact]
    public void A_corpus_file_replaces_the_shipped_bodies_and_is_recorded()
    {
        _corpus.Write("Courier/courier_2021-05-02_guild.txt", Article);
        var (shipped, _) = Analyze();
        Assert.NotEqual("business", Spokesman(shipped)["source_type"]);

        _corpus.Write(".framing/spokesperson_contexts.csv", "pattern,source_type\nguild,business\n");
        var (rows, runJson) = Analyze();

        Assert.Equal("business", Spokesman(rows)["source_type"]);
        Assert.Contains("\"spokesperson-contexts:0\"", runJson);
    }
}
