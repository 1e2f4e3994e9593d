using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Sourcing.Evaluation;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// Source typing measured end to end against marked articles: a marked source that a found source overlaps is found,
/// right when the found type is the marked one; a mark no found source overlaps is missing.
/// </summary>
public class SourceTypingEvaluationTests
{
    // The economist is marked official on purpose, so that the tool's (right) answer counts as wrong; the harbour
    // board only meets, so no source is found there.
    private const string Marked = """
        === t-1 | 2018-05-02 | Test Wire
        Senate passes the harbour bill

        [[Sen. Mara Quist|political]] said the bill would pass on Tuesday. [[Dr. Ian Holt, an economist at Lakeview University|official]], said the costs were small.

        [[The harbour board|official]] met on Monday.
        """;

    private static SourcingAnalyzer Analyzer => new(SourcingKit.ShippedLexicons, null, null);

    private static SourceTypingResult Evaluate(string content, string file = "marked.txt") =>
        SourceTypingEvaluation.Run(MarkedSourceReader.Parse(content, file), Analyzer);

    [Fact]
    public void A_found_source_of_the_marked_type_is_right_another_type_wrong_and_an_unfound_mark_missing()
    {
        var outcomes = Evaluate(Marked).Outcomes;
        Assert.Equal(3, outcomes.Count);
        Assert.True(outcomes[0].Correct, outcomes[0].ToString());
        Assert.Equal(("political", "Sen. Mara Quist"), (outcomes[0].Predicted, outcomes[0].FoundText));
        Assert.True(outcomes[1].IsFound && !outcomes[1].Correct, outcomes[1].ToString());
        Assert.Equal("expert", outcomes[1].Predicted);
        Assert.False(outcomes[2].IsFound);
        Assert.Equal(("", ""), (outcomes[2].Predicted, outcomes[2].FoundText));
    }

    [Fact]
    public void The_figures_count_found_over_marked_and_right_over_found()
    {
        var result = Evaluate(Marked);
        Assert.Equal(new SourceTypingScore("all", Marked: 3, Found: 2, Correct: 1, Unknown: 0), result.Pooled);
        Assert.Equal((2 / 3.0, 0.5, 0.0), (result.Pooled.FoundShare, result.Pooled.TypeAccuracy, result.Pooled.UnknownShare));
        Assert.Equal([result.Pooled with { Scope = "marked.txt" }], result.PerFile);
        Assert.Equal(2, result.Errors.Count());
    }

    [Fact]
    public void The_confusion_pairs_marked_and_predicted_types_of_found_sources_and_evidence_tallies_right_and_wrong()
    {
        var result = Evaluate(Marked);
        Assert.Equal([new TypeConfusion("official", "expert", 1), new TypeConfusion("political", "political", 1)], result.Confusion);
        Assert.Equal(1, result.ByEvidence.Sum(t => t.Right));
        Assert.Equal(1, result.ByEvidence.Sum(t => t.Wrong));
        Assert.All(result.ByEvidence, t => Assert.NotEqual("", t.Evidence));
    }

    [Fact]
    public void A_mark_matches_the_found_source_it_overlaps_most_and_shorter_or_longer_spans_still_count()
    {
        // The tool's source is the whole apposition ("Dr. Ian Holt, an economist at Lakeview University"); the mark is the name only.
        var outcome = Evaluate(Marked.Replace("[[Dr. Ian Holt, an economist at Lakeview University|official]]", "[[Dr. Ian Holt|expert]], an economist at Lakeview University",
            StringComparison.Ordinal)).Outcomes[1];
        Assert.True(outcome.Correct, outcome.ToString());
        Assert.Equal("Dr. Ian Holt, an economist at Lakeview University", outcome.FoundText);
        Assert.Equal("…. Mara Quist said the bill would pass on Tuesday. [Dr. Ian Holt], an economist at Lakeview University, said the co…", outcome.Context);
    }

    [Fact]
    public void Per_file_figures_follow_the_files_in_reading_order()
    {
        var articles = MarkedSourceReader.Parse(Marked, "b.txt").Concat(MarkedSourceReader.Parse(Marked.Replace("t-1", "t-2", StringComparison.Ordinal), "a.txt")).ToList();
        var result = SourceTypingEvaluation.Run(articles, Analyzer);
        Assert.Equal(["b.txt", "a.txt"], result.PerFile.Select(s => s.Scope));
        Assert.Equal(6, result.Pooled.Marked);
        Assert.Equal(new TypeConfusion("official", "expert", 2), result.Confusion[0]);
    }

    [Fact]
    public void A_found_source_is_placed_in_the_unmarked_text_although_the_document_text_drifts_from_it()
    {
        // Doubled spaces are collapsed in the text model, so its offsets run behind the original's; the nearest
        // occurrence of the source's text is taken, whole words only ("he" is not the end of "The").
        const string original = "Quist  said  so.\n\nThe  chair   and  Quist  spoke.  Quist  said it was over, and he said so too.";
        var document = DocumentBuilder.Build(new Article { Id = "d", Outlet = "Wire", Body = original, Origin = "test" });
        Assert.NotEqual(original.Length, document.Text.Length);
        var locator = new SourceSpanLocator(document, original);
        int secondQuist = document.Text.LastIndexOf("Quist", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(original.LastIndexOf("Quist", StringComparison.Ordinal), original.LastIndexOf("Quist", StringComparison.Ordinal) + 5),
            locator.Locate(new TextSpan(secondQuist, secondQuist + 5)));
        int he = document.Text.IndexOf(" he ", StringComparison.Ordinal) + 1;
        Assert.Equal(new TextSpan(original.IndexOf(" he ", StringComparison.Ordinal) + 1, original.IndexOf(" he ", StringComparison.Ordinal) + 3),
            locator.Locate(new TextSpan(he, he + 2)));
    }
}
