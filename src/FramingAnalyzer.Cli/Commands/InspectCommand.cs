using FramingAnalyzer.Lexicons;
using System.CommandLine;
using FramingAnalyzer.Input;
using FramingAnalyzer.Output;
using FramingAnalyzer.Pipeline;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing inspect FILE [--id ID]</c>: one article, sentence by sentence, with why it scored as it did.</summary>
internal static class InspectCommand
{
    private const int IdsListed = 5;
    private const int MaxArticlesCounted = 100_000;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An article file (.txt/.md), or a CSV/JSON Lines file (the first article, or the one named by --id)." };
        var id = new Option<string?>("--id") { Description = "Which article of a multi-article file to show." };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet name when the file has no outlet folder or 'outlet:' front matter (else it is taken from the page, or the folder's name)." };
        var map = CommonOptions.Map();
        var undatedAs = AnalyzerOptionSet.UndatedAsOption();
        var command = new Command("inspect",
            "Show one article sentence by sentence: its role, the attributions found (source, type, affiliation, cue, stance, quote kind), " +
            "the sentence function, the loaded terms marked **like this** and the probability that the sentence is loaded.\n\n" +
            "Examples:\n  framing inspect \"corpora/sample/Karvania Today/2026-03-03-market-shelling.txt\"   (the shipped sample, from any folder)\n  framing inspect archive.jsonl --id 1843")
        {
            file, id, outlet, map, undatedAs,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var asGiven = parse.GetValue(file)!;
                var path = ShippedSample(asGiven);
                if (!File.Exists(path)) throw new UsageException($"'{path}' does not exist or is not a file.");
                var wanted = parse.GetValue(id);
                var reader = new ReaderOptions { ColumnMap = CommonOptions.ParseMap(parse.GetValue(map)) };
                Model.Article? article = null;
                Model.InputProblem? firstProblem = null;
                var ids = new List<string>();
                long articles = 0;
                foreach (var item in InputCatalog.Read([path], reader))
                {
                    if (item.Problem is { } problem)
                    {
                        firstProblem ??= problem;
                        continue;
                    }
                    articles++;
                    if (ids.Count < IdsListed) ids.Add(item.Article!.Id);
                    if (article is null && (wanted is null || item.Article!.Id == wanted)) article = item.Article;
                    // With --id, stop at the match; without, count the file's articles (up to a limit) to say how to pick another.
                    if (article is not null && (wanted is not null || articles > MaxArticlesCounted)) break;
                }
                if (article is null && firstProblem is not null && (wanted is null || articles == 0) && !(firstProblem.Reason is "no_outlet" && parse.GetValue(outlet) is not null))
                {
                    error.WriteLine($"note: {firstProblem.Origin}: {firstProblem.Detail}");
                }
                if (wanted is null && articles > 1 && article is not null)
                {
                    var count = articles > MaxArticlesCounted
                        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"more than {MaxArticlesCounted:N0}")
                        : articles.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
                    error.WriteLine($"note: '{path}' holds {count} articles; this is the first (id {article.Id}). Show another with --id ID; the first ids are {string.Join(", ", ids)} "
                        + "(all are in the article_id column of articles.csv after 'framing analyze').");
                }
                if (article is null && wanted is null && parse.GetValue(outlet) is { } outletName)
                {
                    // A lone file without an outlet folder: read it again under the given outlet.
                    var body = File.ReadAllText(path);
                    article = new Model.Article { Id = "inspect", Outlet = outletName, Body = body, Origin = path, MayContainPageFurniture = true };
                }
                if (article is { OutletGuessedFrom: { } how })
                {
                    if (parse.GetValue(outlet) is { } given) article = article with { Outlet = given, OutletGuessedFrom = null };
                    else error.WriteLine($"note: the outlet '{article.Outlet}' was taken from {how} (no outlet folder or 'outlet:' front matter); --outlet NAME sets it.");
                }
                if (article is null)
                {
                    throw new UsageException(wanted is null
                        ? $"No readable article in '{path}'{(firstProblem is null ? "" : " (see the note above" + (firstProblem.Reason == "no_outlet" ? "; --outlet names the outlet of a lone file)" : ")"))}."
                        : $"No article with id '{wanted}' in '{path}'{(articles > 0 ? $" (its first ids: {string.Join(", ", ids)})" : "")}.");
                }
                if (path != asGiven) article = article with { Origin = asGiven }; // the shipped sample: shown as the help names it, not by the tool store's path
                var pipeline = new AnalysisPipeline(StandardAnalyzers.Create(new AnalyzerOptions
                {
                    ExtraActors = CorpusActors.Find([path]),
                    ExtraFigures = CorpusActors.Find([path], Sourcing.PublicFigureLexicon.FileName),
                    SpokespersonContexts = CorpusActors.Find([path], Sourcing.SpokespersonContexts.FileName),
                    UndatedAs = AnalyzerOptionSet.ReadUndatedAs(parse, undatedAs),
                }));
                ArticleInspection.Print(output, pipeline.Analyze(article), pipeline.Schema);
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is UsageException or Learning.ModelLoadException or Lexicons.LexiconException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    /// <summary>
    /// The help's example names corpora/sample/..., which exists only in a checkout: outside one, such a path is read
    /// from the sample corpus shipped in the tool's data folder.
    /// </summary>
    internal static string ShippedSample(string path)
    {
        var prefix = Path.Combine("corpora", "sample") + Path.DirectorySeparatorChar;
        var normalised = path.Replace('/', Path.DirectorySeparatorChar);
        if (File.Exists(path) || !normalised.StartsWith(prefix, StringComparison.Ordinal)) return path;
        var shipped = Path.Combine(Resources.ToolData.SampleCorpus, normalised[prefix.Length..]);
        return File.Exists(shipped) ? shipped : path;
    }
}
