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
    public void Palette_marks_repeats_with_hatches_and_every_category_gets_its_own_marker()
    {
        var palette = CategoryPalette.ColourBlindSafe;
        Assert.Equal(Color.FromHex("#0072B2"), palette.ColorOf(0));
        Assert.Equal(8, palette.Colors.Count);
        Assert.Equal(8, Enumerable.Range(0, 8).Select(palette.ColorOf).Distinct().Count());
        Assert.Null(palette.HatchOf(7));
        Assert.NotNull(palette.HatchOf(8));
        Assert.NotEqual(palette.ColorOf(0), palette.ColorOf(8));
        // Shapes differ from the first category on (the scatter's subtitle says colour and shape).
        Assert.Equal(11, Enumerable.Range(0, 11).Select(palette.MarkerOf).Distinct().Count());
    }

    [Fact]
    public void Palette_colours_have_projector_contrast_against_white()
    {
        // WCAG 2 non-text contrast (1.4.11): 3:1 against the background, for the palette, its darker repeats and single bars.
        var palette = CategoryPalette.ColourBlindSafe;
        var colours = Enumerable.Range(0, 16).Select(palette.ColorOf).Append(ChartColors.Bar).ToList();
        foreach (var colour in colours)
        {
            double contrast = ColourVision.Contrast(colour, ChartColors.Background);
            Assert.True(contrast >= 3.0, $"{colour.ToHex()} has contrast {contrast:0.00}:1 against white (needs 3:1).");
        }
        // Black interval lines stay visible on the single-series bar colour.
        Assert.True(ColourVision.Contrast(ChartColors.Ink, ChartColors.Bar) >= 4.5);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.03, "<0.1")]
    [InlineData(0.54, "0.5")]
    [InlineData(8.1, "8.1")]
    [InlineData(27.55, "27.6")]
    [InlineData(1234.5, "1,234.5")]
    [InlineData(double.NaN, "")]
    public void Heatmap_cells_have_one_decimal_everywhere(double rate, string expected) => Assert.Equal(expected, ValueFormat.Rate(rate));

    [Theory]
    [InlineData(ColourVision.Vision.Normal)]
    [InlineData(ColourVision.Vision.Protanopia)]
    [InlineData(ColourVision.Vision.Deuteranopia)]
    [InlineData(ColourVision.Vision.Tritanopia)]
    public void Palette_colours_stay_apart_with_colour_vision_deficiencies(ColourVision.Vision vision)
    {
        var colours = CategoryPalette.ColourBlindSafe.Colors;
        for (int i = 0; i < colours.Count; i++)
        {
            for (int j = i + 1; j < colours.Count; j++)
            {
                double difference = ColourVision.Difference(colours[i], colours[j], vision);
                Assert.True(difference >= 15, $"{colours[i].ToHex()} and {colours[j].ToHex()} are only ΔE {difference:0.0} apart ({vision}).");
            }
        }
    }

    [Theory]
    [InlineData("#FFFFFF", "#000000", 21.0)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    [InlineData("#FFFFFF", "#0072B2", 5.19)]
    [InlineData("#FFFFFF", "#F0E442", 1.32)]
    public void Contrast_ratios_match_wcag(string a, string b, double expected) =>
        Assert.Equal(expected, ColourVision.Contrast(Color.FromHex(a), Color.FromHex(b)), 2);

    [Fact]
    public void The_old_okabe_ito_yellow_and_sky_blue_would_fail_the_contrast_floor()
    {
        Assert.True(ColourVision.Contrast(Color.FromHex("#F0E442"), Colors.White) < 3);
        Assert.True(ColourVision.Contrast(Color.FromHex("#56B4E9"), Colors.White) < 3);
        // Red and green collapse for deuteranopia; the measure sees it.
        Assert.True(ColourVision.Difference(Color.FromHex("#FF0000"), Color.FromHex("#00A000"), ColourVision.Vision.Deuteranopia)
                    < ColourVision.Difference(Color.FromHex("#FF0000"), Color.FromHex("#00A000"), ColourVision.Vision.Normal) / 2);
    }

    [Theory]
    [InlineData("ngo_intl", "NGOs and international bodies")]
    [InlineData("civil_society", "Civil society")]
    [InlineData("armed_group", "Armed groups")]
    [InlineData("nvf", "NVF")]
    [InlineData("some_new_code", "Some new code")]
    public void Category_codes_get_readable_labels(string code, string expected) =>
        Assert.Equal(expected, CategoryLabels.Readable(code));

    [Theory]
    [InlineData("terrorists|terrorist|regime's|regime|atrocities|atrocity|thugs", "terrorist|terrorist|regime|regime|atrocity|atrocity|thugs")]
    [InlineData("rebel thugs|rebel thug|crisis|press", "rebel thug|rebel thug|crisis|press")]
    public void Inflected_forms_group_under_one_head(string terms, string heads)
    {
        var list = terms.Split('|');
        var map = TermForms.Heads(list);
        Assert.Equal(heads.Split('|'), list.Select(t => map[t]));
    }

    [Fact]
    public void Wrapping_never_splits_a_relation_from_its_sides()
    {
        var style = ChartStyle.Default;
        string subtitle = "The 15 terms whose rate differs most; n = articles; * = p < 0.05 after adjustment";
        for (float width = 120; width < 700; width += 7)
        {
            var lines = ChartText.Wrap(subtitle, width, style.SubtitleFontSize, style.FontName).Split('\n');
            Assert.All(lines, line => Assert.False(line.StartsWith("= ", StringComparison.Ordinal) || line.EndsWith(" =", StringComparison.Ordinal)
                || line.StartsWith("< ", StringComparison.Ordinal) || line.EndsWith(" <", StringComparison.Ordinal) || line == "articles;", $"Split at {width}: {line}"));
            Assert.Equal(subtitle, string.Join(' ', lines));
        }
    }

    [Fact]
    public void Wrapped_titles_do_not_end_in_a_lone_word()
    {
        var style = ChartStyle.Default;
        string title = "Attributions to official sources: difference between outlets (row minus column)";
        float width = TextMeasure.Width(title, style.TitleFontSize, style.FontName, bold: true) - 40;
        var lines = ChartText.Wrap(title, width, style.TitleFontSize, style.FontName, bold: true).Split('\n');
        Assert.True(lines.Length >= 2);
        Assert.All(lines, line => Assert.Contains(' ', line));
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
    [InlineData(true, "0.213|0.0083|0.14|0", "21%|1%|14%|0%")]
    [InlineData(true, "0.0962|0.0083", "9.6%|0.8%")]
    [InlineData(false, "7.83|14|1.33|35.4", "7.8|14.0|1.3|35.4")]
    [InlineData(false, "464.4|1234.5", "464|1,235")]
    [InlineData(false, "0.42|-0.35", "0.42|−0.35")]
    public void Value_labels_of_one_chart_share_their_decimals(bool share, string values, string expected)
    {
        var numbers = values.Split('|').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var format = ValueFormat.Uniform(numbers, share);
        Assert.Equal(expected.Split('|'), numbers.Select(format));
    }

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
