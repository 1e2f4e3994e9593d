using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Model;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Loaded;

/// <summary>Loaded-term and term-family matching, on a lexicon written in the test.</summary>
public sealed class TermMatcherTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "framing-terms-" + Guid.NewGuid().ToString("N"));
    private readonly TermMatcher _matcher;

    public TermMatcherTests()
    {
        Directory.CreateDirectory(_dir);
        var terms = Path.Combine(_dir, "terms.csv");
        File.WriteAllText(terms, """
            pattern,category,weight
            slaughter*,violence,2.5
            regime,labelling,2
            so-called,delegitimising,1.5
            brutal crackdown,violence,2
            brutal,emotive,1
            crackdown,emotive,1
            regime's,labelling,2
            """);
        var families = Path.Combine(_dir, "families.csv");
        File.WriteAllText(families, """
            family,choice,pattern
            government_label,government,government
            government_label,regime,regime
            government_label,regime,regime's
            government_label,authorities,authorities
            armed_opponents,rebels,rebels
            armed_opponents,opposition forces,opposition forces
            armed_opponents,terrorists,terrorists
            """);
        _matcher = new TermMatcher(WordingLexicon.Load([terms], [families]));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<TermHit> Match(string body) =>
        _matcher.Match(DocumentBuilder.Build(new Article { Id = "t", Outlet = "t", Body = body, Origin = "test" }));

    [Theory]
    [InlineData("They slaughter civilians.", "slaughter")]
    [InlineData("Civilians were slaughtered.", "slaughtered")]
    [InlineData("The slaughtering went on.", "slaughtering")]
    [InlineData("THE REGIME FELL.", "REGIME")]
    [InlineData("The so-called council met.", "so-called")]
    [InlineData("The regime’s army advanced.", "regime’s")]
    public void Matches_inflections_case_and_apostrophes_on_token_boundaries(string body, string expected)
    {
        var hit = Assert.Single(Match(body), h => h.IsLoaded);
        Assert.Equal(expected, body[hit.Span.Start..hit.Span.End]);
    }

    [Theory]
    [InlineData("The regimen was strict.")]
    [InlineData("A laughter broke out.")]
    [InlineData("Regimes differ.")]
    public void Does_not_match_inside_other_words(string body) => Assert.DoesNotContain(Match(body), h => h.IsLoaded);

    [Fact]
    public void A_phrase_counts_once_not_again_for_its_words()
    {
        var hits = Match("Police began a brutal crackdown on Monday.").Where(h => h.IsLoaded).ToList();
        var hit = Assert.Single(hits);
        Assert.Equal("brutal crackdown", hit.Term);
        Assert.Equal("violence", hit.Category);
    }

    [Fact]
    public void Overlapping_terms_take_the_longest_match_then_continue_after_it()
    {
        var hits = Match("A brutal crackdown and a brutal winter and another crackdown.").Where(h => h.IsLoaded).Select(h => h.Term).ToList();
        Assert.Equal(["brutal crackdown", "brutal", "crackdown"], hits);
    }

    [Fact]
    public void Phrases_do_not_match_across_punctuation()
    {
        var hits = Match("It was brutal, crackdown or not.").Where(h => h.IsLoaded).Select(h => h.Term).ToList();
        Assert.Equal(["brutal", "crackdown"], hits);
    }

    [Fact]
    public void Words_inside_a_quotation_belong_to_the_source_and_the_rest_to_the_outlet()
    {
        var hits = Match("The regime denied it. \"The regime slaughtered us,\" a resident said.").Where(h => h.IsLoaded).ToList();
        Assert.Equal(3, hits.Count);
        Assert.False(hits[0].InQuote);
        Assert.True(hits[1].InQuote);
        Assert.True(hits[2].InQuote);
    }

    [Fact]
    public void A_quotation_continued_over_paragraphs_stays_quoted()
    {
        var hits = Match("\"They are a regime of fear.\n\n\"The so-called courts obey them,\" she said.").Where(h => h.IsLoaded).ToList();
        Assert.All(hits, h => Assert.True(h.InQuote));
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void A_pattern_in_both_lists_is_one_hit_with_category_and_family()
    {
        var hit = Assert.Single(Match("The regime fell."));
        Assert.Equal("labelling", hit.Category);
        Assert.Equal("government_label", hit.Family);
        Assert.Equal("regime", hit.Choice);
    }

    [Fact]
    public void Family_phrases_match_as_one_choice()
    {
        var hits = Match("Opposition forces and rebels met the authorities.");
        Assert.Equal(["opposition forces", "rebels", "authorities"], hits.Select(h => h.Choice));
        Assert.All(hits, h => Assert.False(h.IsLoaded));
    }

    [Fact]
    public void A_bad_lexicon_row_names_file_and_line()
    {
        var bad = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(bad, "pattern,category,weight\nregime,labelling,2\nthugs,rude,1\n");
        var error = Assert.Throws<LexiconException>(() => WordingLexicon.Load([bad], []));
        Assert.Contains("bad.csv:3", error.Message);
        Assert.Contains("unknown category 'rude'", error.Message);
    }
}
