using FramingAnalyzer.Lexicons;
using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Input;
using FramingAnalyzer.Output;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing analyze [INPUT...] [--out DIR]</c>: the batch run.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Folders (first-level folder = outlet; a file without one takes the outlet its page names, else its folder's name) of .txt/.md files, CSV, JSON Lines or JSON files, or - for stdin. Default: the sample corpus.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        CommonOptions.RejectOptionLikeValues(inputs);
        var output = new Option<string?>("--out", "-o") { Description = "Output folder. Default: reports/<name of the first input>." };
        var map = CommonOptions.Map();
        var strict = new Option<bool>("--strict") { Description = "Exit with code 1 when any input was skipped." };
        var resources = new AnalyzerOptionSet();
        var maxChars = new Option<int>("--max-article-chars") { Description = "Skip (as too_large) articles longer than this many characters.", DefaultValueFactory = _ => BatchRunner.DefaultMaxArticleChars };
        var stdinFormat = new Option<string>("--stdin-format") { Description = "Format of stdin when an INPUT is '-': jsonl, csv or txt.", DefaultValueFactory = _ => "jsonl" };
        stdinFormat.AcceptOnlyFromAmong("jsonl", "csv", "txt");
        var workers = new Option<int?>("--workers") { Description = "Worker threads (default: one per core)." };
        var seed = CommonOptions.Seed();
        var noCharts = CommonOptions.NoCharts();
        var timings = new Option<bool>("--timings") { Description = "Print the wall time of each phase on stderr." };
        var stories = new Option<string>("--stories")
        {
            Description = "Where each article's story (the event it covers) comes from: 'given' (the input's story key, default) or 'auto' " +
                "(match stories across outlets from headline and lede within a date window; replaces given keys; writes stories.csv).",
            DefaultValueFactory = _ => "given",
        };
        stories.AcceptOnlyFromAmong("given", "auto");
        var storyWindow = new Option<int>("--story-window") { Description = "With --stories auto: days two articles of one story may be apart.", DefaultValueFactory = _ => new StoryMatchingOptions().WindowDays };
        var period = CommonOptions.TrendPeriod();
        var shard = new Option<string?>("--shard") { Description = "Analyse only shard K of N (K = 0..N-1, by article id) and write a partial result for 'framing merge'." };

        var command = new Command("analyze",
            "Analyse a corpus: score every article on sourcing, attribution and loaded wording, and write articles.csv, sentences.csv, " +
            "attributions.csv, terms.csv, outlets.csv, comparisons.csv, the mix tables, charts/, report.html, run.json and skipped.csv.\n\n" +
            "Examples:\n  framing analyze                                  (the sample corpus into reports/sample)\n" +
            "  framing analyze my-corpus/ --out reports/mine\n  framing analyze nela.jsonl --map outlet=source --strict\n\n" +
            "Exit codes: 0 done (inputs that could not be read are listed in skipped.csv); 1 with --strict when any was skipped; " +
            "2 usage errors, and runs with nothing to analyse (a missing path, an empty folder, a CSV without a text column), which write no report.")
        {
            inputs, output, map, strict, stdinFormat, workers, seed, noCharts, shard, maxChars, timings, stories, storyWindow, period,
        };
        resources.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var outDir = "";
            ProgressReporter? progress = null;
            try
            {
                var given = parse.GetValue(inputs) ?? [];
                var resolvedInputs = given.Length > 0 ? given : [DefaultInput()];
                var shardSpec = ParseShard(parse.GetValue(shard));
                outDir = parse.GetValue(output) ?? Path.Combine("reports", InputName(resolvedInputs[0]) + (shardSpec is null ? "" : $".part{shardSpec.Index}of{shardSpec.Count}"));
                var recorded = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["seed"] = parse.GetValue(seed).ToString(CultureInfo.InvariantCulture),
                    ["charts"] = parse.GetValue(noCharts) ? "false" : "true",
                };
                foreach (var m in parse.GetValue(map) ?? []) recorded["map:" + m.Split('=')[0]] = m;
                var storyMode = parse.GetValue(stories) == "auto" ? StoryMode.Auto : StoryMode.Given;
                if (storyMode == StoryMode.Auto)
                {
                    if (resolvedInputs.Contains("-")) throw new UsageException("--stories auto reads the inputs twice and cannot read stdin ('-'); save it to a file first.");
                    if (parse.GetValue(storyWindow) < 0) throw new UsageException("--story-window must be 0 or more days.");
                    recorded["stories"] = "auto";
                    recorded["story-window"] = parse.GetValue(storyWindow).ToString(CultureInfo.InvariantCulture);
                }
                var analyzerOptions = resources.Read(parse, resolvedInputs);
                foreach (var (key, value) in analyzerOptions.Recorded()) recorded[key] = value;
                var settings = new AnalyzeSettings
                {
                    Inputs = resolvedInputs,
                    OutputDirectory = outDir,
                    Reader = new ReaderOptions
                    {
                        ColumnMap = CommonOptions.ParseMap(parse.GetValue(map)),
                        Stdin = () => Console.In,
                        StdinFormat = parse.GetValue(stdinFormat) ?? "jsonl",
                    },
                    Seed = parse.GetValue(seed),
                    Charts = !parse.GetValue(noCharts),
                    RecordedOptions = recorded,
                    Workers = parse.GetValue(workers),
                    Shard = shardSpec,
                    Stories = storyMode,
                    TrendPeriod = CommonOptions.ParseTrendPeriod(parse.GetValue(period)),
                    StoryMatching = new StoryMatchingOptions { WindowDays = parse.GetValue(storyWindow) },
                    StoryVectors = analyzerOptions.Vectors,
                    MaxArticleChars = parse.GetValue(maxChars),
                    Timings = parse.GetValue(timings) ? (phase, time) => error.WriteLine($"{time.TotalSeconds,8:0.00} s  {phase}") : null,
                };
                settings.Timings?.Invoke("process start, command line", DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime);
                // Charts' code compiles on an idle core while the models load (Charts.ChartWarmUp); a run without charts skips it.
                if (settings.Charts && settings.Shard is null) Charts.ChartWarmUp.Start();
                var loading = System.Diagnostics.Stopwatch.StartNew();
                var analyzers = StandardAnalyzers.Create(analyzerOptions);
                settings.Timings?.Invoke("load lexicons and models", loading.Elapsed);
                progress = new ProgressReporter(error, resolvedInputs);
                var counts = AnalysisRun.Execute(settings, analyzers, progress.Report);
                progress.Done();
                settings.Timings?.Invoke($"of all the above: compiling code (JIT, {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods; CPU time on all threads)",
                    System.Runtime.JitInfo.GetCompilationTime());
                settings.Timings?.Invoke($"of all the above: threads stopped for garbage collection ({GC.CollectionCount(0):N0} / {GC.CollectionCount(1):N0} / {GC.CollectionCount(2):N0} collections of generation 0 / 1 / 2)",
                    GC.GetTotalPauseDuration());
                foreach (var line in RunSummary.Lines(counts, outDir)) error.WriteLine(line);
                return parse.GetValue(strict) && counts.Skipped > 0 ? ExitCodes.Failed : ExitCodes.Ok;
            }
            catch (NothingToAnalyseException nothing)
            {
                progress?.Done(); // end the progress line on a terminal before the error
                foreach (var line in RunSummary.NothingToAnalyse(nothing, outDir)) error.WriteLine(line);
                return ExitCodes.Usage;
            }
            catch (Exception ex) when (ex is UsageException or OutputFolderException or Learning.ModelLoadException or Lexicons.LexiconException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static ShardSpec? ParseShard(string? text)
    {
        if (text is null) return null;
        try { return ShardSpec.Parse(text); }
        catch (FormatException ex) { throw new UsageException(ex.Message); }
    }

    /// <summary>corpora/sample when run from a checkout (or below it), else the copy shipped beside the tool.</summary>
    private static string DefaultInput()
    {
        var local = Path.Combine("corpora", "sample");
        return Directory.Exists(local) ? local : ToolData.SampleCorpus;
    }

    internal static string InputName(string input)
    {
        if (input == "-") return "stdin";
        var trimmed = Path.TrimEndingDirectorySeparator(input);
        var name = Directory.Exists(trimmed) ? Path.GetFileName(Path.GetFullPath(trimmed)) : Path.GetFileNameWithoutExtension(trimmed);
        return string.IsNullOrEmpty(name) ? "corpus" : name;
    }
}
