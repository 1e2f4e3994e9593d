using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FramingAnalyzer.Benchmarks.Generation;
using FramingAnalyzer.Resources;

namespace FramingAnalyzer.Benchmarks;

/// <summary><c>generate --articles N --outlets M --out DIR [--seed S] [--style sample|dense]</c>: a synthetic corpus.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles", "-n") { Description = "Number of articles.", Required = true };
        var outlets = new Option<int>("--outlets", "-m") { Description = "Number of outlets (one folder each).", DefaultValueFactory = _ => 12 };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (created; existing files with the same names are overwritten).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: same seed, same corpus.", DefaultValueFactory = _ => 1 };
        var sample = new Option<string?>("--sample") { Description = "Sample corpus whose text is recombined. Default: corpora/sample." };
        var perStory = new Option<int>("--articles-per-story") { Description = "Mean articles per story key across outlets.", DefaultValueFactory = _ => 24 };
        var style = new Option<CorpusStyle>("--style")
        {
            Description = "sample: the sample's paragraphs recombined (its sourcing density). dense: wire-copy density, about 770 words, " +
                "33 sentences and 28 attributions per article, written from the phrase pools in Generation/dense-pools.txt.",
            DefaultValueFactory = _ => CorpusStyle.Sample,
        };
        var command = new Command("generate",
            "Write N realistic articles for M outlets, one folder per outlet, front matter with shared story keys. Style sample: the sample " +
            "corpus's paragraphs shuffled across the articles of the same outlet, new ids, 300–1,200 words (log-uniform). Style dense: " +
            "wire-copy density from the phrase pools, about 770 words, 33 sentences and 85% of them attributed.")
        {
            articles, outlets, output, seed, sample, perStory, style,
        };
        command.SetAction(parse =>
        {
            var settings = new GeneratorSettings
            {
                Articles = parse.GetValue(articles),
                Outlets = parse.GetValue(outlets),
                OutputDirectory = parse.GetValue(output)!,
                Seed = parse.GetValue(seed),
                SampleDirectory = parse.GetValue(sample) ?? ToolData.SampleCorpus,
                ArticlesPerStory = parse.GetValue(perStory),
                Style = parse.GetValue(style),
            };
            var clock = Stopwatch.StartNew();
            var result = CorpusGenerator.Generate(settings);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.Articles:N0} articles ({result.Words:N0} body words, {result.Bytes / 1e6:F1} MB) for {result.Outlets} outlets and {result.Stories:N0} stories into {settings.OutputDirectory} in {clock.Elapsed.TotalSeconds:F1} s"));
            return 0;
        });
        return command;
    }
}
