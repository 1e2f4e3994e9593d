using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Pipeline;

/// <summary>
/// The list of public figures through the command line: a corpus's own .framing/public_figures.csv read before the
/// shipped list, --add-figures for the same by hand (merge, aggregate), --figures replacing the shipped list, and the
/// article's date taken from its file name. The people are invented.
/// </summary>
public sealed class CorpusFiguresTests : IDisposable
{
    private readonly TempCorpus _corpus = new("corpus-figures");

    public void Dispose() => _corpus.Dispose();

    private const string Figures = "name,aliases,source_type,affiliation,from,to\nOle Brun,,political,port_party,2010-01-01,2019-12-31\nOle Brun,,official,port_party,2020-01-01,\n";
    private const string Article = "Ferry resumes after storm\n\nThe ferry to the islands resumed on Tuesday.\n\n\"The swell has dropped,\" Ole Brun said.\n";

    private List<Dictionary<string, string>> Analyze(params string[] options)
    {
        (var rows, RunJson) = CorpusRun.Analyze(_corpus, options);
        return rows;
    }

    private string RunJson { get; set; } = "";

    [Fact]
    public void A_corpus_list_types_its_people_by_the_date_in_the_file_name_and_is_recorded()
    {
        _corpus.Write(".framing/public_figures.csv", Figures);
        _corpus.Write("Courier/courier_2018-05-02_ferry.txt", Article);
        _corpus.Write("Courier/courier_2021-05-02_ferry.txt", Article.Replace("Tuesday", "Monday"));

        var rows = Analyze();

        Assert.Equal(["official", "political"], rows.Select(r => r["source_type"]).Order()); // 2021 in office, 2018 not yet
        Assert.All(rows, r => Assert.Equal(("public_figure", "port_party"), (r["type_evidence"], r["affiliation"])));
        Assert.Contains("\"add-figures:0\"", RunJson);
    }

    [Fact]
    public void Add_figures_reads_a_list_by_hand_and_figures_replaces_the_shipped_one()
    {
        var list = Path.Combine(_corpus.Parent, "figures.csv");
        File.WriteAllText(list, Figures);
        var empty = Path.Combine(_corpus.Parent, "none.csv");
        File.WriteAllText(empty, "name,aliases,source_type,affiliation,from,to\n");
        _corpus.Write("Courier/courier_2021-05-02_ferry.txt", Article);

        Assert.Equal("official", Assert.Single(Analyze("--add-figures", list))["source_type"]);
        Assert.NotEqual("public_figure", Assert.Single(Analyze("--figures", empty))["type_evidence"]);
        Assert.Contains("\"figures\"", RunJson);
    }
}
