using FramingAnalyzer.Cli;
using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Sourcing.Evaluation;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>The PolNeAR-style evaluation on a tiny corpus written here (brat layout), and its command.</summary>
public class AttributionSpanEvaluationTests
{
    // Hard-wrapped lines and doubled spaces, so that the text model's offsets differ from the file's.
    private const string Text = "Harbour news\n\nThe port authority said on Sunday night that the ferry\nwould   resume on Monday and that tickets would be refunded.\n\n\"We are ready,\" said Jon Berg.\n";

    private static string WriteCorpus()
    {
        var root = Path.Combine(Path.GetTempPath(), "framing-polnear-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "test", "text"));
        Directory.CreateDirectory(Path.Combine(root, "test", "attributions"));
        File.WriteAllText(Path.Combine(root, "test", "text", "harbour.txt"), Text);
        int source = Text.IndexOf("The port authority", StringComparison.Ordinal);
        int said = Text.IndexOf("said", StringComparison.Ordinal);
        int berg = Text.IndexOf("Jon Berg", StringComparison.Ordinal);
        int said2 = Text.IndexOf("said Jon", StringComparison.Ordinal);
        int ready = Text.IndexOf("We are", StringComparison.Ordinal);
        // First annotator by name: a_... sorts before b_...; the second file must be ignored.
        File.WriteAllText(Path.Combine(root, "test", "attributions", "harbour_a1.ann"),
            $"T1\tSource {source} {source + 18}\tThe port authority\nT2\tCue {said} {said + 4}\tsaid\n" +
            $"T3\tSource {berg} {berg + 8}\tJon Berg\nT4\tCue {said2} {said2 + 4}\tsaid\nT5\tContent {ready} {ready + 12}\tWe are ready\n" +
            $"T6\tSource 0 7\tHarbour\nT7\tCue 8 12;13 13\tnews\nE1\tAttribution:T2 Cue:T2 Source:T1\n");
        File.WriteAllText(Path.Combine(root, "test", "attributions", "harbour_b2.ann"), "T1\tSource 0 3\tHar\n");
        return root;
    }

    [Fact]
    public void Brat_lines_are_read_with_discontinuous_spans()
    {
        var root = WriteCorpus();
        var spans = BratAnnotations.Read(Path.Combine(root, "test", "attributions", "harbour_a1.ann"));
        Assert.Equal(7, spans.Count);
        Assert.Equal(new BratSpan("Cue", 8, 13), spans[6]);
    }

    [Fact]
    public void Brat_attribution_events_give_their_cue_and_source()
    {
        var root = WriteCorpus();
        var attributions = BratAnnotations.ReadAttributions(Path.Combine(root, "test", "attributions", "harbour_a1.ann"));
        var only = Assert.Single(attributions);
        Assert.Equal("Cue", only.Cue.Label);
        Assert.Equal(Text.IndexOf("said", StringComparison.Ordinal), only.Cue.Start);
        Assert.Equal(new BratSpan("Source", Text.IndexOf("The port authority", StringComparison.Ordinal), Text.IndexOf("The port authority", StringComparison.Ordinal) + 18), only.Source);
    }

    [Fact]
    public void Missed_cues_are_listed_with_sentence_and_source()
    {
        var root = WriteCorpus();
        // One more event whose cue ("news", in the headline) the extractor does not find.
        File.AppendAllText(Path.Combine(root, "test", "attributions", "harbour_a1.ann"), "E2\tAttribution:T7 Cue:T7 Source:T6\n");
        var result = AttributionSpanEvaluation.Run(root, "test", new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs));
        var miss = Assert.Single(result.Misses);
        Assert.Equal(("harbour", "news", "Harbour"), (miss.Article, miss.Cue, miss.Source));
        Assert.Equal("Harbour news", miss.Sentence);
    }

    [Fact]
    public void Predicted_pairs_no_annotation_matches_are_listed_as_spurious()
    {
        var root = WriteCorpus();
        // Only the port authority's "said" is an annotated event: Jon Berg's quotation was left unannotated.
        var result = AttributionSpanEvaluation.Run(root, "test", new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs));
        var spurious = Assert.Single(result.Spurious);
        Assert.Equal(("harbour", "said", "Jon Berg", (string?)null), (spurious.Article, spurious.Cue, spurious.Source, spurious.GoldSource));
        Assert.Equal("\"We are ready,\" said Jon Berg.", spurious.Sentence);
    }

    [Fact]
    public void A_spurious_pair_on_an_annotated_cue_names_the_annotated_source()
    {
        var root = WriteCorpus();
        // Annotate Berg's cue with another source: the predicted pair has the right cue and the wrong source.
        File.AppendAllText(Path.Combine(root, "test", "attributions", "harbour_a1.ann"), "E2\tAttribution:T4 Cue:T4 Source:T6\n");
        var result = AttributionSpanEvaluation.Run(root, "test", new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs));
        Assert.Equal("Harbour", Assert.Single(result.Spurious).GoldSource);
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, RunCommand(["evaluate-attributions", "--polnear", root, "--spurious", "5"], output, new StringWriter()));
        Assert.Contains("spurious pairs: first 1 of 1", output.ToString());
        Assert.Contains("harbour\tcue: said\tsource: Jon Berg\tannotated source: Harbour", output.ToString());
    }

    [Fact]
    public void Command_prints_missed_cues_on_request()
    {
        var root = WriteCorpus();
        File.AppendAllText(Path.Combine(root, "test", "attributions", "harbour_a1.ann"), "E2\tAttribution:T7 Cue:T7\n");
        var output = new StringWriter();
        int exit = RunCommand(["evaluate-attributions", "--polnear", root, "--misses", "5"], output, new StringWriter());
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("missed cues: first 1 of 1", output.ToString());
        Assert.Contains("harbour\tcue: news\tsource: -", output.ToString());
        var quiet = new StringWriter();
        RunCommand(["evaluate-attributions", "--polnear", root], quiet, new StringWriter());
        Assert.DoesNotContain("missed cues", quiet.ToString());
        var root2 = new System.CommandLine.RootCommand { FramingAnalyzer.Cli.Commands.EvaluateAttributionsCommand.Create() };
        Assert.NotEmpty(root2.Parse(["evaluate-attributions", "--polnear", root, "--misses", "-1"]).Errors);
    }

    [Fact]
    public void Offsets_map_back_to_the_file_text()
    {
        var document = DocumentBuilder.Build(new Article { Id = "h", Outlet = "o", Body = Text, Origin = "h" });
        Assert.NotEqual(Text, document.Text);
        var map = OffsetMap.Build(document, Text);
        int start = document.Text.IndexOf("ferry would", StringComparison.Ordinal);
        int end = document.Text.IndexOf("resume", StringComparison.Ordinal) + "resume".Length;
        var original = map.ToOriginal(new TextSpan(start, end));
        Assert.Equal("ferry\nwould   resume", Text[original.Start..original.End]);
    }

    [Fact]
    public void Offsets_map_back_past_invisible_and_control_characters()
    {
        const string text = "Harbour\u200B news\n\nThe\tmayor said the quay\u00A0was closed.\n";
        var document = DocumentBuilder.Build(new Article { Id = "h", Outlet = "o", Body = text, Origin = "h" });
        var map = OffsetMap.Build(document, text);
        int start = document.Text.IndexOf("mayor", StringComparison.Ordinal);
        int end = document.Text.IndexOf("closed", StringComparison.Ordinal) + "closed".Length;
        var original = map.ToOriginal(new TextSpan(start, end));
        Assert.Equal("mayor said the quay\u00A0was closed", text[original.Start..original.End]);
    }

    [Fact]
    public void Scores_sources_and_cues_exact_and_overlap()
    {
        var result = AttributionSpanEvaluation.Run(WriteCorpus(), "test", new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs));
        Assert.Equal(1, result.Articles);
        var source = result.Scores.Single(s => s.Field == "source" && s.Matching == AttributionSpanEvaluation.Exact);
        Assert.Equal((3, 2, 2, 2), (source.Gold, source.Predicted, source.MatchedPredicted, source.MatchedGold));
        Assert.Equal(1.0, source.Precision);
        Assert.Equal(2.0 / 3, source.Recall, 9);
        Assert.Equal(0.8, source.F1, 9);
        var cue = result.Scores.Single(s => s.Field == "cue" && s.Matching == AttributionSpanEvaluation.Overlap);
        Assert.Equal((3, 2, 2, 2), (cue.Gold, cue.Predicted, cue.MatchedPredicted, cue.MatchedGold));
    }

    [Fact]
    public void Command_prints_a_table_and_writes_csv()
    {
        var root = WriteCorpus();
        var csv = Path.Combine(root, "scores.csv");
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = RunCommand(["evaluate-attributions", "--polnear", root, "--out", csv], output, error);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("PolNeAR test: 1 articles", output.ToString());
        Assert.Contains("source  exact", output.ToString());
        var lines = File.ReadAllLines(csv);
        Assert.Equal("compartment,field,matching,gold,predicted,matched_predicted,matched_gold,precision,recall,f1", lines[0]);
        Assert.Equal(1 + 4 * 2, lines.Length); // source, cue, content and pair, exact and overlap
    }

    [Fact]
    public void Command_exits_2_when_the_folder_is_missing()
    {
        var error = new StringWriter();
        int exit = RunCommand(["evaluate-attributions", "--polnear", Path.Combine(Path.GetTempPath(), "no-polnear-here"), "--compartment", "dev"], new StringWriter(), error);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("dev/text", error.ToString().Replace('\\', '/'));
    }

    [Fact]
    public void Command_rejects_an_unknown_compartment()
    {
        var root = new System.CommandLine.RootCommand { FramingAnalyzer.Cli.Commands.EvaluateAttributionsCommand.Create() };
        Assert.NotEmpty(root.Parse(["evaluate-attributions", "--polnear", "x", "--compartment", "train"]).Errors);
    }

    [Fact]
    public void Command_needs_exactly_one_of_polnear_and_brat()
    {
        var neither = new StringWriter();
        Assert.Equal(ExitCodes.Usage, RunCommand(["evaluate-attributions"], new StringWriter(), neither));
        Assert.Contains("give one of --polnear DIR", neither.ToString());
        var both = new StringWriter();
        Assert.Equal(ExitCodes.Usage, RunCommand(["evaluate-attributions", "--polnear", "x", "--brat", "y"], new StringWriter(), both));
        Assert.Contains("give one of --polnear DIR", both.ToString());
        var missing = new StringWriter();
        Assert.Equal(ExitCodes.Usage, RunCommand(["evaluate-attributions", "--brat", Path.Combine(Path.GetTempPath(), "no-brat-here")], new StringWriter(), missing));
        Assert.Contains("has no text/ and attributions/ folders", missing.ToString());
    }

    [Fact]
    public void Scores_contents_and_source_cue_pairs()
    {
        // Gold: one linked attribution (the port authority, said) and a content span ("We are ready"); the extractor finds
        // two attributions, (The port authority, said, ...) and (Jon Berg, said, "We are ready,").
        var result = AttributionSpanEvaluation.Run(WriteCorpus(), "test", new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs));

        var pair = result.Scores.Single(s => s.Field == "pair" && s.Matching == AttributionSpanEvaluation.Overlap);
        Assert.Equal((1, 2, 1, 1), (pair.Gold, pair.Predicted, pair.MatchedPredicted, pair.MatchedGold));
        var content = result.Scores.Single(s => s.Field == "content" && s.Matching == AttributionSpanEvaluation.Exact);
        Assert.Equal((1, 2, 1, 1), (content.Gold, content.Predicted, content.MatchedPredicted, content.MatchedGold)); // quotation marks and comma trimmed
    }

    [Fact]
    public void A_folder_of_the_projects_layout_is_scored_with_brat()
    {
        var polnear = WriteCorpus();
        var folder = Path.Combine(polnear, "own");
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        File.Copy(Path.Combine(polnear, "test", "text", "harbour.txt"), Path.Combine(folder, "text", "harbour.txt"));
        File.Copy(Path.Combine(polnear, "test", "attributions", "harbour_a1.ann"), Path.Combine(folder, "attributions", "harbour.ann"));

        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, RunCommand(["evaluate-attributions", "--brat", folder], output, new StringWriter()));

        Assert.Contains("own: 1 articles", output.ToString());
        var fromPolnear = AttributionSpanEvaluation.Run(polnear, "test", new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs));
        var fromBrat = AttributionSpanEvaluation.RunBrat(folder, new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs));
        Assert.Equal(fromPolnear.Scores, fromBrat.Scores);
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        var root = new System.CommandLine.RootCommand { FramingAnalyzer.Cli.Commands.EvaluateAttributionsCommand.Create() };
        var parsed = root.Parse(args);
        Assert.Empty(parsed.Errors);
        return parsed.Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
