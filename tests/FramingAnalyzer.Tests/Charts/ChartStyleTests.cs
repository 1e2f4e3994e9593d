using FramingAnalyzer.Charts;
using ScottPlot;

namespace FramingAnalyzer.Tests.Charts;

public class ChartStyleTests
{
    [Fact]
    public void Defaults_are_projector_sized()
    {
        var style = ChartStyle.Default;
        Assert.True(style.TitleFontSize >= 20);
        Assert.True(style.AxisLabelFontSize >= 16);
        Assert.True(style.TickFontSize >= 14);
        Assert.Equal(new ChartSize(1200, 700), style.SizeForRows(2));
        Assert.True(style.SizeForRows(30).Height > 700);
    }

    [Fact]
    public void Palette_starts_with_okabe_ito_and_marks_repeats()
    {
        var palette = CategoryPalette.ColourBlindSafe;
        Assert.Equal(Color.FromHex("#E69F00"), palette.ColorOf(0));
        Assert.Equal(12, palette.Colors.Count);
        Assert.Equal(12, Enumerable.Range(0, 12).Select(palette.ColorOf).Distinct().Count());
        Assert.Null(palette.HatchOf(11));
        Assert.NotNull(palette.HatchOf(12));
        Assert.NotEqual(palette.ColorOf(0), palette.ColorOf(12));
        Assert.NotEqual(palette.MarkerOf(0), palette.MarkerOf(12));
    }

    [Theory]
    [InlineData(0.234, true, "23%")]
    [InlineData(0.0712, true, "7.1%")]
    [InlineData(0.09996, true, "10%")]
    [InlineData(1234.5, false, "1,235")]
    [InlineData(-0.5, false, "−0.5")]
    [InlineData(double.NaN, false, "n/a")]
    public void Values_are_formatted_compactly(double value, bool share, string expected) =>
        Assert.Equal(expected, ValueFormat.Value(value, share));

    [Theory]
    [InlineData(0.058, true, "+5.8")]
    [InlineData(-0.25, false, "−0.25")]
    [InlineData(0.0001, true, "0.0")]
    [InlineData(27.4, false, "+27")]
    public void Differences_are_signed(double value, bool share, string expected) =>
        Assert.Equal(expected, ValueFormat.Signed(value, share));

    [Fact]
    public void Metric_labels_from_definitions_drop_detail()
    {
        var label = MetricLabel.From(new FramingAnalyzer.Analysis.MetricDefinition("words", "Words in the scored text (headline, lede and body).") { Unit = "words" });
        Assert.Equal("Words in the scored text", label.Description);
        Assert.False(label.IsShare);
        var share = MetricLabel.FromName("quoted_word_share");
        Assert.Equal("Quoted word share", share.Description);
        Assert.True(share.IsShare);
        Assert.Equal("% of words", new MetricLabel("x", "X", "share of words").UnitPhrase);
    }
}
