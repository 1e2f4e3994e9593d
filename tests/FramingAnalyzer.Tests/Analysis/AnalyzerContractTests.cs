using FramingAnalyzer.Analysis;
using FramingAnalyzer.Output;

namespace FramingAnalyzer.Tests.Analysis;

/// <summary>
/// The analyzer contract: metrics are written through the handle their definition was given, and sentence cells are
/// typed values that only the table writer formats.
/// </summary>
public class AnalyzerContractTests
{
    [Fact]
    public void Each_definition_gets_the_handle_of_its_place()
    {
        var metrics = new MetricList();
        var words = metrics.Add(new("words", "Words."));
        var share = metrics.Add(new("quoted_share", "Quoted share.", MetricKind.Ratio));
        Assert.Equal(["words", "quoted_share"], metrics.Select(m => m.Name));
        var scores = new ArticleScores(2);
        var writer = new MetricWriter(scores, 0);
        writer.SetRatio(share, 3, 12);
        writer.Set(words, 12);
        Assert.Equal([12, 0.25], scores.Values);
    }

    [Fact]
    public void A_metric_defined_twice_is_refused()
    {
        var metrics = new MetricList();
        metrics.Add(new("words", "Words."));
        Assert.Throws<ArgumentException>(() => metrics.Add(new("words", "Words again.")));
    }

    [Fact]
    public void A_handle_writes_after_the_analyzers_offset()
    {
        var metrics = new MetricList();
        var second = metrics.Add(new("b", "B."));
        var scores = new ArticleScores(4);
        new MetricWriter(scores, 3).Set(second, 7);
        Assert.Equal(7, scores.Values[3]);
    }

    [Fact]
    public void Each_sentence_column_gets_the_handle_of_its_place_after_the_analyzers_offset()
    {
        var columns = new SentenceColumnList();
        var count = columns.Add("attribution_count");
        var function = columns.Add("sentence_function");
        Assert.Equal(["attribution_count", "sentence_function"], columns);
        Assert.Throws<ArgumentException>(() => columns.Add("sentence_function"));
        var cells = new[] { new SentenceCell[5] };
        var writer = new SentenceCellWriter(cells, 3);
        writer.Set(0, function, "background");
        writer.Set(0, count, SentenceCell.Count(2));
        Assert.Equal(["", "", "", "2", "background"], cells[0].Select(CellText.Format));
    }

    [Theory]
    [InlineData(SentenceCellKind.Empty, "")]
    [InlineData(SentenceCellKind.Count, "3")]
    [InlineData(SentenceCellKind.Probability, "0.1235")]
    [InlineData(SentenceCellKind.Flag, "true")]
    [InlineData(SentenceCellKind.Text, "'=regime")]
    public void The_writer_formats_each_kind_of_cell(SentenceCellKind kind, string shown)
    {
        var cell = kind switch
        {
            SentenceCellKind.Count => SentenceCell.Count(3),
            SentenceCellKind.Probability => SentenceCell.Probability(0.123456),
            SentenceCellKind.Flag => SentenceCell.Flag(true),
            SentenceCellKind.Text => SentenceCell.Of("=regime"),
            _ => SentenceCell.Empty,
        };
        Assert.Equal(kind, cell.Kind);
        Assert.Equal(shown, CellText.Format(cell));
    }

    [Fact]
    public void A_probability_that_was_not_scored_is_an_empty_cell()
    {
        Assert.True(SentenceCell.Probability(double.NaN).IsEmpty);
        Assert.True(double.IsNaN(SentenceCell.Of("attributed").Value));
        Assert.Equal(0.5, SentenceCell.Probability(0.5).Value);
    }
}
