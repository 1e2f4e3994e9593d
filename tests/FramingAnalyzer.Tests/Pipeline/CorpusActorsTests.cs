using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Tests.Cli;
using AnalyzeCommandTests = FramingAnalyzer.Tests.Cli.AnalyzeCommandTests;
using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Pipeline;

/// <summary>
/// A corpus's own people and bodies live with the corpus (.framing/actors.csv), not in the shipped lexicon that every
/// corpus reads: on real news "the defence minister" is nobody in particular, in the sample's invented country he is
/// Viktor Sarno.
/// </summary>
public sealed class CorpusActorsTests : IDisposable
{
    private readonly TempCorpus _corpus = new("corpus-actors");

    public void Dispose() => _corpus.Dispose();

    private const string Actors = "pattern,canonical,affiliation,source_type\nthe harbour master,Ole Brun,port,official\nole brun,Ole Brun,port,official\n";
    private const string Article = "Ferry resumes after storm\n\nThe ferry to the islands resumed on Tuesday, the harbour master said.\n\n" +
        "\"The swell has dropped,\" Ole Brun said.\n";

    [Fact]
    public void The_nearest_actor_file_above_an_input_is_found_once()
    {
        var actors = _corpus.Write(".framing/actors.csv", Actors);
        var file = _corpus.Write("Courier/one.txt", Article);

        Assert.Equal([actors], CorpusActors.Find([_corpus.Root, Path.Combine(_corpus.Root, "Courier"), file, "-"]));
        Assert.Empty(CorpusActors.Find([Path.Combine(Path.GetTempPath(), "no-such-corpus-here")]));
    }

    [Fact]
    public void Analyze_adds_the_corpus_actors_and_records_them()
    {
        _corpus.Write(".framing/actors.csv", Actors);
        _corpus.Write("Courier/one.txt", Article);
        var output = Path.Combine(_corpus.Parent, "out");

        Assert.Equal(0, CliRun.Of("analyze", _corpus.Root, "--out", output, "--no-charts").ExitCode);

        var rows = AnalyzeCommandTests.CsvRows(Path.Combine(output, "attributions.csv"));
        Assert.All(rows, r => Assert.Equal(("Ole Brun", "official", "port"), (r["source_canonical"], r["source_type"], r["affiliation"])));
        Assert.Equal(2, rows.Count);
        Assert.Contains("\"add-actors:0\"", File.ReadAllText(Path.Combine(output, "run.json")));
    }

    [Fact]
    public void The_shipped_actors_know_real_bodies_and_none_of_the_samples_invented_people()
    {
        var shipped = ActorLexicon.Load(ToolData.Lexicon("actors.csv"));
        var withSample = ActorLexicon.Load([Path.Combine(ToolData.SampleCorpus, CorpusActors.Folder, CorpusActors.FileName), ToolData.Lexicon("actors.csv")]);

        Assert.Equal("Viktor Sarno", Canonical(withSample, "the defence minister"));
        Assert.Null(Canonical(shipped, "the defence minister"));
        Assert.Null(Canonical(shipped, "holm"));
        Assert.Equal("Human Rights Watch", Canonical(shipped, "human rights watch"));
        Assert.Equal("World Health Organization", Canonical(shipped, "the world health organization"));
        Assert.Null(Canonical(shipped, "who")); // the pronoun, never the WHO
    }

    /// <summary>A one-word pattern of three letters or fewer is an acronym: it matches a word written in capitals only.</summary>
    [Theory]
    [InlineData("UN", "United Nations")]
    [InlineData("Un", null)] // "Kim Jong Un"
    [InlineData("AP", "Associated Press")]
    [InlineData("Ap", null)]
    [InlineData("NATO", "NATO")]
    [InlineData("Nato", "NATO")] // longer than three letters: written either way
    public void A_short_acronym_matches_only_in_capitals(string phrase, string? canonical)
    {
        var shipped = ActorLexicon.Load(ToolData.Lexicon("actors.csv"));
        Assert.Equal(canonical, Canonical(shipped, phrase));
    }

    private static string? Canonical(ActorLexicon lexicon, string phrase)
    {
        var document = FramingAnalyzer.Text.DocumentBuilder.Build(new FramingAnalyzer.Model.Article { Id = "a", Outlet = "o", Body = phrase + " spoke.", Origin = "t" });
        var text = new DocumentText(document);
        int length = lexicon.Match(text, 0, document.Tokens.Length, out var actor);
        return length == CountWords(phrase) ? actor.Canonical : null;
    }

    private static int CountWords(string phrase) => FramingAnalyzer.Text.DocumentBuilder.Build(new FramingAnalyzer.Model.Article { Id = "b", Outlet = "o", Body = phrase, Origin = "t" }).Tokens.Length;

    [Fact]
    public void No_shipped_actor_is_a_common_english_word_by_itself()
    {
        // "who", "the hill", "sana" (a first name) would turn ordinary words into the WHO, The Hill or a news agency.
        var common = FramingAnalyzer.Encoders.CommonWords.Of(FramingAnalyzer.Encoders.StaticVectors.Read(FramingAnalyzer.Encoders.EncoderCatalog.ShippedVectorsPath).Tokenizer);
        var patterns = File.ReadLines(ToolData.Lexicon("actors.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();

        Assert.All(patterns.Select(p => p.StartsWith("the ", StringComparison.Ordinal) ? p[4..] : p).Where(p => !p.Contains(' ')),
            p => Assert.DoesNotContain(p, common));
        Assert.DoesNotContain("the hill", patterns);
    }
}
